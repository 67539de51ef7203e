package uk.gov.safeguarding.actionplan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.gov.safeguarding.actionplan.domain.DueDateRevision;

/** A due date asked to move and its decision (V2__action_plans.sql). */
@Entity
@Table(name = "due_date_revision")
public class DueDateRevisionRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "action_id")
    public UUID actionId;

    @Column(name = "from_date")
    public LocalDate fromDate;

    @Column(name = "to_date")
    public LocalDate toDate;

    public String reason;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    public Boolean approved;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public DueDateRevision revision() {
        return new DueDateRevision(fromDate, toDate, reason, requestedBy, decidedBy, approved);
    }
}
