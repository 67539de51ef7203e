package uk.gov.safeguarding.contacts.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A batch intake run and its progress, which the caller polls. */
@Entity
@Table(name = "contact_import")
public class ContactImport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ImportFormat format;

    @Column(name = "local_authority")
    public String localAuthority;

    @Enumerated(EnumType.STRING)
    public ImportStatus status;

    @Column(name = "rows_read")
    public long rowsRead;

    @Column(name = "rows_stored")
    public long rowsStored;

    @Column(name = "rows_duplicate")
    public long rowsDuplicate;

    @Column(name = "rows_failed")
    public long rowsFailed;

    @Column(name = "bytes_received")
    public long bytesReceived;

    public String message;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
