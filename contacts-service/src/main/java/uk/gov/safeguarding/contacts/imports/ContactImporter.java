package uk.gov.safeguarding.contacts.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.OptionalInt;
import uk.gov.safeguarding.chassis.imports.CsvUploads;
import uk.gov.safeguarding.chassis.imports.TableRows;
import uk.gov.safeguarding.chassis.imports.Workbook;
import uk.gov.safeguarding.kernel.AnnexALists;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.events.TimeOrderedIds;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.security.Actor;

/**
 * Batch intake: the upload is spooled to disk and the caller answered at once; one worker per replica
 * then reads the file row by row, storing valid rows in chunks (each chunk one transaction with its
 * events) and recording why each failed row failed. Progress is written with every chunk.
 */
@ApplicationScoped
public class ContactImporter {

    private static final Logger LOG = Logger.getLogger(ContactImporter.class);

    private final ImportChunkWriter chunkWriter;
    private final ActivityLog activityLog;
    private final Actor actor;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final Path spoolDir;
    private final int chunkSize;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "contact-import");
        thread.setDaemon(true);
        return thread;
    });

    public ContactImporter(ImportChunkWriter chunkWriter, ActivityLog activityLog, Actor actor, Validator validator,
                           ObjectMapper mapper,
                           @ConfigProperty(name = "suite.imports.spool-dir") Path spoolDir,
                           @ConfigProperty(name = "suite.imports.chunk-size", defaultValue = "1000") int chunkSize) {
        this.chunkWriter = chunkWriter;
        this.activityLog = activityLog;
        this.actor = actor;
        this.validator = validator;
        this.mapper = mapper;
        this.spoolDir = spoolDir;
        this.chunkSize = chunkSize;
    }

    /** Spools the upload, records the run as queued and hands it to the worker. */
    public ContactImport start(InputStream body, ImportFormat format, String localAuthority) {
        UUID id = TimeOrderedIds.next();
        Path spool = spoolFile(id);
        long bytes;
        try {
            Files.createDirectories(spoolDir);
            bytes = Files.copy(body, spool, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(spool);
            throw new UncheckedIOException("The upload could not be stored", e);
        }
        String createdBy = actor.id();
        ContactImport run = QuarkusTransaction.requiringNew().call(() -> {
            ContactImport created = new ContactImport();
            created.id = id;
            created.format = format;
            created.localAuthority = localAuthority;
            created.status = ImportStatus.QUEUED;
            created.bytesReceived = bytes;
            created.createdBy = createdBy;
            created.createdAt = Instant.now();
            created.persist();
            activityLog.recordSuccess(id.toString());
            return created;
        });
        worker.submit(() -> process(id));
        return run;
    }

    private static final java.util.Set<Integer> LIST_1 = java.util.Set.of(1);

    void resumeAfterRestart(@Observes StartupEvent event) {
        List<ContactImport> unfinished = QuarkusTransaction.requiringNew().call(() ->
                ContactImport.<ContactImport>list("status in ?1", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING)));
        for (ContactImport run : unfinished) {
            if (Files.exists(spoolFile(run.id))) {
                // Rows are keyed by the sender's contact id, so reading the file again stores nothing twice.
                worker.submit(() -> process(run.id));
            } else {
                finish(run.id, ImportStatus.FAILED, "Interrupted and its upload is gone; send the file again");
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void process(UUID id) {
        ContactImport run = QuarkusTransaction.requiringNew().call(() -> {
            ContactImport found = ContactImport.findById(id);
            found.status = ImportStatus.RUNNING;
            found.startedAt = Instant.now();
            found.rowsRead = 0;
            found.rowsStored = 0;
            found.rowsDuplicate = 0;
            found.rowsFailed = 0;
            return found;
        });
        Path spool = spoolFile(id);
        try {
            RowValidation validation = new RowValidation(validator, Instant.now());
            try (RowReader rows = openReader(spool, run, validation)) {
                if (rows == null) {
                    return;
                }
                readAll(run, rows);
            }
            finish(id, ImportStatus.COMPLETED, null);
        } catch (InterruptedImport e) {
            LOG.infof("Import %s interrupted by shutdown; it resumes at the next start", id);
            return;
        } catch (ProblemException unreadable) {
            // the file breaks off or is malformed past its header: the caller's to mend, not ours
            finish(id, ImportStatus.FAILED, unreadable.getMessage() + "; rows before it are stored, and sending the "
                    + "file again stores only the rest");
            deleteQuietly(spool);
            return;
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.errorf(e, "Import %s failed", id);
            finish(id, ImportStatus.FAILED, "The import stopped at an unexpected error; rows stored so far are kept, "
                    + "and sending the file again stores only the rest");
            return;
        }
        deleteQuietly(spool);
    }

    private RowReader openReader(Path spool, ContactImport run, RowValidation validation) throws IOException {
        if (run.format == ImportFormat.NDJSON) {
            return new NdjsonRowReader(Files.newBufferedReader(spool, StandardCharsets.UTF_8), mapper, validation,
                    run.localAuthority);
        }
        CsvRowReader csv;
        try {
            TableRows table = run.format == ImportFormat.XLSX ? list1Sheet(spool, run)
                    : CsvUploads.rows(Files.newBufferedReader(spool, StandardCharsets.UTF_8));
            if (table == null) {
                return null;
            }
            csv = new CsvRowReader(table, validation, run.localAuthority, run.format);
        } catch (ProblemException unreadable) {
            finish(run.id, ImportStatus.FAILED, unreadable.getMessage());
            return null;
        }
        List<String> missing = csv.missingColumns();
        if (!missing.isEmpty()) {
            csv.close();
            finish(run.id, ImportStatus.FAILED, "The header lacks required columns: " + String.join(", ", missing));
            return null;
        }
        if (csv.isAnnexA() && run.localAuthority == null) {
            csv.close();
            finish(run.id, ImportStatus.FAILED,
                    "An Annex A file has no local authority column: give localAuthority as a query parameter");
            return null;
        }
        ImportFormat detected = run.format == ImportFormat.XLSX ? ImportFormat.XLSX
                : csv.isAnnexA() ? ImportFormat.ANNEX_A : ImportFormat.CSV;
        if (detected != run.format) {
            QuarkusTransaction.requiringNew().run(() -> ContactImport.update("format = ?1 where id = ?2", detected, run.id));
        }
        return csv;
    }

    /**
     * The workbook's Annex A List 1 sheet, told by its header; every other sheet is recorded as skipped
     * with the run. Null (the run failed) when no sheet is List 1. The workbook closes with the rows.
     */
    private TableRows list1Sheet(Path spool, ContactImport run) throws IOException {
        Workbook workbook = Workbook.open(spool);
        List<ContactImport.SkippedSheet> skipped = new ArrayList<>();
        TableRows found = null;
        for (Iterator<Workbook.Sheet> sheets = workbook.sheets(); sheets.hasNext(); ) {
            Workbook.Sheet sheet = sheets.next();
            TableRows rows = sheet.rows();
            String notRead = AnnexALists.whyNotRead(rows.header(), LIST_1);
            if (notRead == null && found == null) {
                // kept open to be read; the sheets after it are looked at now, header only, so the run says
                // what it skips from the start
                found = rows;
                continue;
            }
            OptionalInt list = AnnexALists.numberOf(rows.header());
            skipped.add(new ContactImport.SkippedSheet(sheet.name(), list.isPresent() ? list.getAsInt() : null,
                    notRead != null ? notRead : AnnexALists.describe(1) + " again: only the first List 1 sheet is read"));
            rows.close();
        }
        String lines = ContactImport.lines(skipped);
        QuarkusTransaction.requiringNew().run(() ->
                ContactImport.update("skippedSheets = ?1 where id = ?2", lines, run.id));
        if (found == null) {
            workbook.close();
            finish(run.id, ImportStatus.FAILED, "No sheet of the workbook has the header of Annex A List 1 (contacts): "
                    + "it needs the columns " + String.join(", ", AnnexALists.distinctiveColumns(1)));
            return null;
        }
        TableRows list1 = found;
        return new TableRows() {
            @Override
            public java.util.List<String> header() {
                return list1.header();
            }

            @Override
            public boolean hasNext() {
                return list1.hasNext();
            }

            @Override
            public uk.gov.safeguarding.chassis.imports.TableRow next() {
                return list1.next();
            }

            @Override
            public void close() throws IOException {
                list1.close();
                workbook.close();
            }
        };
    }

    private void readAll(ContactImport run, RowReader rows) throws SQLException {
        List<ImportRow> valid = new ArrayList<>(chunkSize);
        List<ImportRow> failed = new ArrayList<>();
        long read = 0;
        while (rows.hasNext()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedImport();
            }
            ImportRow row = rows.next();
            read++;
            if (row.isValid()) {
                valid.add(row);
            } else {
                failed.add(row);
            }
            if (valid.size() >= chunkSize || failed.size() >= chunkSize) {
                chunkWriter.write(run.id, run.createdBy, valid, failed, read);
                valid.clear();
                failed.clear();
                read = 0;
            }
        }
        chunkWriter.write(run.id, run.createdBy, valid, failed, read);
    }

    private void finish(UUID id, ImportStatus status, String message) {
        QuarkusTransaction.requiringNew().run(() -> ContactImport.update(
                "status = ?1, message = ?2, finishedAt = ?3 where id = ?4", status, message, Instant.now(), id));
    }

    private Path spoolFile(UUID id) {
        return spoolDir.resolve(id + ".upload");
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warnf("Spooled upload %s not deleted: %s", path, e.getMessage());
        }
    }

    /** Signals that the worker was asked to stop; the run stays RUNNING and resumes at the next start. */
    private static final class InterruptedImport extends RuntimeException {
        InterruptedImport() {
            super(null, null, false, false);
        }
    }
}
