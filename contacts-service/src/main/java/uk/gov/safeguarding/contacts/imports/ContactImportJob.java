package uk.gov.safeguarding.contacts.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.safeguarding.chassis.imports.CsvUploads;
import uk.gov.safeguarding.chassis.imports.TableRows;
import uk.gov.safeguarding.chassis.uploads.UploadJob;
import uk.gov.safeguarding.chassis.uploads.UploadProgress;
import uk.gov.safeguarding.chassis.uploads.UploadRefused;
import uk.gov.safeguarding.chassis.uploads.UploadRun;
import uk.gov.safeguarding.chassis.uploads.WorkbookUpload;
import uk.gov.safeguarding.kernel.AnnexALists;

/**
 * Batch intake of contacts (chassis uploads): reads the spooled file row by row, storing valid rows in
 * chunks (each chunk one transaction with its events and its progress) and keeping why each failed row
 * failed. Rows are keyed by the sender's contact id, so reading a file again stores nothing twice.
 */
@ApplicationScoped
public class ContactImportJob implements UploadJob {

    public static final String KIND = "contact-import";
    private static final Set<Integer> LIST_1 = Set.of(1);

    private final ImportChunkWriter chunkWriter;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final int chunkSize;

    public ContactImportJob(ImportChunkWriter chunkWriter, Validator validator, ObjectMapper mapper,
                            @ConfigProperty(name = "suite.imports.chunk-size", defaultValue = "1000") int chunkSize) {
        this.chunkWriter = chunkWriter;
        this.validator = validator;
        this.mapper = mapper;
        this.chunkSize = chunkSize;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void read(UploadRun run, Path file, UploadProgress progress) throws Exception {
        RowValidation validation = new RowValidation(validator, Instant.now());
        ImportFormat format = ImportFormat.valueOf(run.format);
        if (format == ImportFormat.NDJSON) {
            try (RowReader rows = new NdjsonRowReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), mapper,
                    validation, run.localAuthority)) {
                readAll(run, UploadProgress.FILE, rows);
            }
            return;
        }
        if (format == ImportFormat.XLSX) {
            int sheets = WorkbookUpload.read(file, run.id, LIST_1, progress, (list, part, rows) -> {
                try (CsvRowReader reader = checked(run, rows, validation, format, progress)) {
                    readAll(run, part, reader);
                }
            });
            if (sheets == 0) {
                throw new UploadRefused("No sheet of the workbook has the header of Annex A List 1 (contacts): "
                        + "it needs the columns " + String.join(", ", AnnexALists.distinctiveColumns(1)));
            }
            return;
        }
        try (CsvRowReader reader = checked(run, CsvUploads.rows(Files.newBufferedReader(file, StandardCharsets.UTF_8)),
                validation, format, progress)) {
            readAll(run, UploadProgress.FILE, reader);
        }
    }

    /** A CSV or sheet whose header the run can use; tells the run when its header shows it is Annex A. */
    private static CsvRowReader checked(UploadRun run, TableRows table, RowValidation validation, ImportFormat format,
                                        UploadProgress progress) throws IOException {
        CsvRowReader csv = new CsvRowReader(table, validation, run.localAuthority, format);
        List<String> missing = csv.missingColumns();
        if (!missing.isEmpty()) {
            csv.close();
            throw new UploadRefused("The header lacks required columns: " + String.join(", ", missing));
        }
        if (csv.isAnnexA() && run.localAuthority == null) {
            csv.close();
            throw new UploadRefused("An Annex A file has no local authority column: give localAuthority as a query "
                    + "parameter");
        }
        if (format == ImportFormat.CSV && csv.isAnnexA()) {
            progress.format(run.id, ImportFormat.ANNEX_A.name());
        }
        return csv;
    }

    private void readAll(UploadRun run, int part, RowReader rows) throws SQLException {
        List<ImportRow> valid = new ArrayList<>(chunkSize);
        List<ImportRow> failed = new ArrayList<>();
        long read = 0;
        while (rows.hasNext()) {
            UploadProgress.stopIfAsked();
            ImportRow row = rows.next();
            read++;
            if (row.isValid()) {
                valid.add(row);
            } else {
                failed.add(row);
            }
            if (valid.size() >= chunkSize || failed.size() >= chunkSize) {
                chunkWriter.write(run, part, valid, failed, read);
                valid.clear();
                failed.clear();
                read = 0;
            }
        }
        chunkWriter.write(run, part, valid, failed, read);
    }
}
