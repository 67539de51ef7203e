package uk.gov.safeguarding.kpi.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.uploads.UploadPart;
import uk.gov.safeguarding.chassis.uploads.UploadQueries;
import uk.gov.safeguarding.chassis.uploads.UploadRun;
import uk.gov.safeguarding.chassis.uploads.UploadStatus;

@Schema(name = "AnnexAUpload", description = "An Annex A upload (a workbook, or the CSV of one list) and its progress; "
        + "counts are of rows, each stored whole or not at all, and commit with the rows they count")
public record AnnexAUploadView(
        UUID id,
        @Schema(description = "XLSX (a workbook) or CSV (one list)", examples = "XLSX") String format,
        @Schema(examples = "E06000015") String localAuthority,
        @Schema(description = "For a CSV: the list it is of; null for a workbook", examples = "7") Integer list,
        @Schema(description = "QUEUED, RUNNING, COMPLETED or FAILED") UploadStatus status,
        @Schema(description = "Rows read so far, every sheet together", examples = "12000") long rowsRead,
        @Schema(description = "Rows stored", examples = "11996") long rowsStored,
        @Schema(description = "Rows refused: nothing of them was stored; see the errors", examples = "4") long rowsFailed,
        @Schema(description = "Records the stored rows made: a List 7 or 8 row makes its plan or episode, last visit "
                + "and latest review", examples = "30210") long recordsStored,
        long bytesReceived,
        @Schema(description = "Why the upload failed as a whole") String message,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "For a workbook: every sheet in its order, read or skipped with why; empty for a CSV")
        List<Sheet> sheets) {

    @Schema(name = "AnnexAUploadSheet", description = "A sheet of the workbook, taken for the list its header row shows")
    public record Sheet(@Schema(examples = "CP plans") String sheet,
                        @Schema(description = "The list its header shows; null when none", examples = "7") Integer list,
                        @Schema(description = "Whether its rows are read (Lists 3 to 8)") boolean read,
                        @Schema(description = "Why it is not read", examples = "List 1 (contacts) is not used by this service")
                        String skippedReason,
                        long rowsRead, long rowsStored, long rowsFailed, long recordsStored) {

        static Sheet of(UploadPart part) {
            return new Sheet(part.sheet(), part.annexAList(), !part.skipped(), part.skippedReason(), part.counts().read(),
                    part.counts().stored(), part.counts().failed(), part.counts().records());
        }
    }

    public static AnnexAUploadView of(UploadQueries.Upload upload) {
        UploadRun run = upload.run();
        return new AnnexAUploadView(run.id, run.format, run.localAuthority, run.annexAList, run.status, run.rowsRead,
                run.rowsStored, run.rowsFailed, run.recordsStored, run.bytesReceived, run.message, run.createdBy,
                run.createdAt, run.startedAt, run.finishedAt, upload.parts().stream().map(Sheet::of).toList());
    }
}
