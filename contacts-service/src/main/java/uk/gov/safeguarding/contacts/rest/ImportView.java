package uk.gov.safeguarding.contacts.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.contacts.imports.ContactImport;
import uk.gov.safeguarding.contacts.imports.ImportFormat;
import uk.gov.safeguarding.contacts.imports.ImportStatus;

@Schema(name = "ContactImport", description = "A batch intake run and its progress")
public record ImportView(
        UUID id,
        ImportFormat format,
        String localAuthority,
        @Schema(description = "QUEUED, RUNNING, COMPLETED or FAILED") ImportStatus status,
        @Schema(description = "Rows read from the file so far") long rowsRead,
        @Schema(description = "New contacts stored") long rowsStored,
        @Schema(description = "Rows whose senderRef was stored already: nothing added") long rowsDuplicate,
        @Schema(description = "Rows refused; see the errors") long rowsFailed,
        long bytesReceived,
        @Schema(description = "Why a run failed as a whole") String message,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "For a workbook: the sheets not read (Annex A lists this service does not use, or no "
                + "list), each with why; empty otherwise")
        List<ContactImport.SkippedSheet> skippedSheets) {

    public static ImportView of(ContactImport run) {
        return new ImportView(run.id, run.format, run.localAuthority, run.status, run.rowsRead, run.rowsStored,
                run.rowsDuplicate, run.rowsFailed, run.bytesReceived, run.message, run.createdBy, run.createdAt,
                run.startedAt, run.finishedAt, run.skipped());
    }
}
