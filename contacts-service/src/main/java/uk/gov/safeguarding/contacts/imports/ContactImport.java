package uk.gov.safeguarding.contacts.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
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

    /** The sheets of a workbook not read, a line each: sheet, tab, list number (or empty), tab, reason. */
    @Column(name = "skipped_sheets")
    public String skippedSheets;

    /** A workbook's sheet that was not read, and why. */
    public record SkippedSheet(String sheet, Integer list, String reason) {
    }

    public List<SkippedSheet> skipped() {
        if (skippedSheets == null || skippedSheets.isEmpty()) {
            return List.of();
        }
        return skippedSheets.lines().map(line -> line.split("\t", 3))
                .map(cells -> new SkippedSheet(cells[0], cells[1].isEmpty() ? null : Integer.valueOf(cells[1]), cells[2]))
                .toList();
    }

    static String lines(List<SkippedSheet> sheets) {
        return sheets.stream().map(sheet -> sheet.sheet().replaceAll("[\\t\\r\\n]", " ") + "\t"
                + (sheet.list() == null ? "" : sheet.list()) + "\t" + sheet.reason())
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
