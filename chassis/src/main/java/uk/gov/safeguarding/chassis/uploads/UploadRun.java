package uk.gov.safeguarding.chassis.uploads;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A file uploaded to be read after the answer, and its progress so far: counts are of the file's rows,
 * written with the rows each chunk stored, so what the caller polls is what is stored.
 */
@Entity
@Table(name = "upload_run")
public class UploadRun extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Which {@link UploadJob} reads it. */
    public String kind;

    /** The job's own name for the file's format. */
    public String format;

    @Column(name = "local_authority")
    public String localAuthority;

    /** For a CSV of one Annex A list: which. */
    @Column(name = "annex_a_list")
    public Integer annexAList;

    @Enumerated(EnumType.STRING)
    public UploadStatus status;

    @Column(name = "rows_read")
    public long rowsRead;

    @Column(name = "rows_stored")
    public long rowsStored;

    @Column(name = "rows_duplicate")
    public long rowsDuplicate;

    @Column(name = "rows_failed")
    public long rowsFailed;

    /** Records the stored rows made (an Annex A row may make several). */
    @Column(name = "records_stored")
    public long recordsStored;

    @Column(name = "bytes_received")
    public long bytesReceived;

    /** Why a run failed as a whole. */
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
