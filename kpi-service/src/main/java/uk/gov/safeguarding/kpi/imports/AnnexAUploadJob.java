package uk.gov.safeguarding.kpi.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.imports.CsvUploads;
import uk.gov.safeguarding.chassis.imports.TableRows;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemType;
import uk.gov.safeguarding.chassis.uploads.UploadCounts;
import uk.gov.safeguarding.chassis.uploads.UploadJob;
import uk.gov.safeguarding.chassis.uploads.UploadProgress;
import uk.gov.safeguarding.chassis.uploads.UploadRefused;
import uk.gov.safeguarding.chassis.uploads.UploadRowError;
import uk.gov.safeguarding.chassis.uploads.UploadRun;
import uk.gov.safeguarding.chassis.uploads.WorkbookUpload;
import uk.gov.safeguarding.kpi.service.BatchOutcome;
import uk.gov.safeguarding.kpi.service.PracticeRecordIntake;

/**
 * An Annex A upload read after the answer (chassis uploads): a whole workbook (Lists 3 to 8 loaded, the
 * others recorded as skipped) or the CSV of one list. Each chunk of rows is one transaction holding its
 * records, its activity entry and its progress; records are keyed, so reading the file again after a
 * restart replaces, never doubles.
 */
@ApplicationScoped
public class AnnexAUploadJob implements UploadJob {

    public static final String KIND = "annex-a-upload";
    /** The activity log's action for each chunk stored in the uploader's name (constant of the service's actions). */
    public static final String ROWS_STORED = "annex-a-upload.rows-stored";
    public static final String XLSX = "XLSX";
    public static final String CSV = "CSV";

    private final AnnexAImport annexA;
    private final PracticeRecordIntake intake;
    private final ActivityLog activityLog;

    public AnnexAUploadJob(AnnexAImport annexA, PracticeRecordIntake intake, ActivityLog activityLog) {
        this.annexA = annexA;
        this.intake = intake;
        this.activityLog = activityLog;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void read(UploadRun run, Path file, UploadProgress progress) throws Exception {
        if (XLSX.equals(run.format)) {
            int sheets = WorkbookUpload.read(file, run.id, AnnexAImport.USED, progress, (list, part, rows) ->
                    readList(run, AnnexAList.numbered(list).orElseThrow(), part, rows, progress, "sheet of List " + list));
            if (sheets == 0) {
                throw new UploadRefused("No sheet of the workbook has the header of an Annex A list this service loads "
                        + "(3 to 8); the sheets found are listed with why each was skipped");
            }
            return;
        }
        AnnexAList list = AnnexAList.numbered(run.annexAList).orElseThrow();
        try (TableRows rows = CsvUploads.rows(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            readList(run, list, UploadProgress.FILE, rows, progress, "file");
        }
    }

    private void readList(UploadRun run, AnnexAList list, int part, TableRows rows, UploadProgress progress,
                          String what) {
        try {
            annexA.read(list, run.localAuthority, rows, Long.MAX_VALUE, chunk -> {
                UploadProgress.stopIfAsked();
                return QuarkusTransaction.requiringNew().call(() -> store(run, part, chunk, progress));
            });
        } catch (ProblemException problem) {
            if (problem.type() == ProblemType.VALIDATION) {
                // the header: nothing of this list could be read
                throw new UploadRefused("The " + what + ": " + problem.getMessage());
            }
            throw problem;
        }
    }

    private BatchOutcome store(UploadRun run, int part, AnnexAImport.Chunk chunk, UploadProgress progress) {
        PracticeRecordIntake.Applied applied = intake.store(chunk.items(), chunk.errors(), chunk.fieldNames());
        BatchOutcome outcome = applied.outcome();
        if (!applied.children().isEmpty()) {
            activityLog.recordOnBehalfOf(run.createdBy, ROWS_STORED, KIND, run.id.toString(), applied.children());
        }
        List<UploadRowError> errors = outcome.errors().stream()
                .map(error -> new UploadRowError(error.item(), error.field(), error.reason())).toList();
        progress.counted(run.id, part, new UploadCounts(outcome.received(), outcome.stored(), 0, outcome.failed(),
                outcome.recordsStored()), errors);
        return outcome;
    }
}
