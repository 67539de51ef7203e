package uk.gov.safeguarding.actionplan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.gov.safeguarding.actionplan.domain.Rag;

/** A progress update, appended and never changed (V2__action_plans.sql: a trigger refuses UPDATE and DELETE). */
@Entity
@Table(name = "action_update")
public class ActionUpdateRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "action_id")
    public UUID actionId;

    @Column(name = "written_on")
    public LocalDate writtenOn;

    public String author;

    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_rag")
    public Rag ownerRag;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "evidence_sha256")
    public String evidenceSha256;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
