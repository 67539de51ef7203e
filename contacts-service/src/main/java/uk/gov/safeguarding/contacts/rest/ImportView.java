package uk.gov.safeguarding.contacts.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.uploads.UploadQueries;
import uk.gov.safeguarding.chassis.uploads.UploadRun;
import uk.gov.safeguarding.chassis.uploads.UploadStatus;
import uk.gov.safeguarding.contacts.imports.ImportFormat;

@Schema(name = "ContactImport", description = "A batch intake run and its progress")
public record ImportView(
        UUID id,
        ImportFormat format,
        String localAuthority,
        @Schema(description = "QUEUED, RUNNING, COMPLETED or FAILED") UploadStatus status,
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
        List<SkippedSheet> skippedSheets) {

    @Schema(description = "A sheet of the workbook not read, and why")
    public record SkippedSheet(@Schema(examples = "List 3") String sheet,
                               @Schema(description = "The Annex A list its header shows; null when none", examples = "3")
                               Integer list,
                               @Schema(examples = "List 3 (referrals) is not used by this service") String reason) {
    }

    public static ImportView of(UploadQueries.Upload upload) {
        UploadRun run = upload.run();
        return new ImportView(run.id, ImportFormat.valueOf(run.format), run.localAuthority, run.status, run.rowsRead,
                run.rowsStored, run.rowsDuplicate, run.rowsFailed, run.bytesReceived, run.message, run.createdBy,
                run.createdAt, run.startedAt, run.finishedAt, upload.parts().stream().filter(part -> part.skipped())
                        .map(part -> new SkippedSheet(part.sheet(), part.annexAList(), part.skippedReason())).toList());
    }
}
