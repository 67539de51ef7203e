package uk.gov.safeguarding.chassis.uploads;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Uploads read after the answer: the body is spooled to disk and the caller answered at once with the run
 * to poll; one worker per replica then hands each run to the {@link UploadJob} of its kind. A run a
 * restart interrupted is read again from its start while its file is still spooled.
 */
@ApplicationScoped
public class UploadRuns {

    private static final Logger LOG = Logger.getLogger(UploadRuns.class);

    private final Map<String, UploadJob> jobs = new HashMap<>();
    private final UploadProgress progress;
    private final ActivityLog activityLog;
    private final Actor actor;
    private final Path spoolDir;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "upload-worker");
        thread.setDaemon(true);
        return thread;
    });

    public UploadRuns(Instance<UploadJob> jobs, UploadProgress progress, ActivityLog activityLog, Actor actor,
                      @ConfigProperty(name = "suite.uploads.spool-dir") Path spoolDir) {
        jobs.forEach(job -> this.jobs.put(job.kind(), job));
        this.progress = progress;
        this.activityLog = activityLog;
        this.actor = actor;
        this.spoolDir = spoolDir;
    }

    /** What a caller asks to be read. */
    public record Request(String kind, String format, String localAuthority, Integer annexAList) {
    }

    /**
     * Spools the body, records the run as queued (with this request's activity entry) and hands it to the
     * worker.
     */
    public UploadRun start(Request request, InputStream body) {
        if (!jobs.containsKey(request.kind())) {
            throw new IllegalArgumentException("No upload job reads " + request.kind());
        }
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
        UploadRun run = QuarkusTransaction.requiringNew().call(() -> {
            UploadRun created = new UploadRun();
            created.id = id;
            created.kind = request.kind();
            created.format = request.format();
            created.localAuthority = request.localAuthority();
            created.annexAList = request.annexAList();
            created.status = UploadStatus.QUEUED;
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

    void resumeAfterRestart(@Observes StartupEvent event) {
        List<UploadRun> unfinished = QuarkusTransaction.requiringNew().call(() -> UploadRun.<UploadRun>list(
                "status in ?1 and kind in ?2 order by createdAt",
                List.of(UploadStatus.QUEUED, UploadStatus.RUNNING), List.copyOf(jobs.keySet())));
        for (UploadRun run : unfinished) {
            if (Files.exists(spoolFile(run.id))) {
                worker.submit(() -> process(run.id));
            } else {
                finish(run.id, UploadStatus.FAILED, "Interrupted and its upload is gone; send the file again");
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
        // Read again from the start: what an earlier attempt counted is counted again as the rows are.
        UploadRun run = QuarkusTransaction.requiringNew().call(() -> {
            UploadRun found = UploadRun.findById(id);
            found.status = UploadStatus.RUNNING;
            found.startedAt = Instant.now();
            found.rowsRead = 0;
            found.rowsStored = 0;
            found.rowsDuplicate = 0;
            found.rowsFailed = 0;
            found.recordsStored = 0;
            found.message = null;
            UploadRun.getEntityManager().createNativeQuery("DELETE FROM upload_part WHERE run_id = ?1")
                    .setParameter(1, id).executeUpdate();
            UploadRun.getEntityManager().createNativeQuery("DELETE FROM upload_error WHERE run_id = ?1")
                    .setParameter(1, id).executeUpdate();
            return found;
        });
        Path spool = spoolFile(id);
        try {
            jobs.get(run.kind).read(run, spool, progress);
            finish(id, UploadStatus.COMPLETED, null);
        } catch (UploadProgress.Interrupted e) {
            LOG.infof("Upload %s interrupted by shutdown; it is read again at the next start", id);
            return;
        } catch (UploadRefused refused) {
            finish(id, UploadStatus.FAILED, refused.getMessage());
        } catch (java.io.UncheckedIOException unreadable) {
            // a CSV that breaks off or is malformed past its header: as a refusal, with where and why
            finish(id, UploadStatus.FAILED, "The file cannot be read on: "
                    + uk.gov.safeguarding.chassis.imports.CsvUploads.describe(unreadable)
                    + "; rows before it are stored, and sending the file again adds nothing twice");
        } catch (ProblemException unreadable) {
            // the file breaks off or is malformed past its header: the sender's to mend, not ours
            finish(id, UploadStatus.FAILED, unreadable.getMessage() + "; rows before it are stored, and sending the "
                    + "file again adds nothing twice");
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted()) {
                LOG.infof(e, "Upload %s stopped by shutdown; it is read again at the next start", id);
                return;
            }
            LOG.errorf(e, "Upload %s failed", id);
            finish(id, UploadStatus.FAILED, "The upload stopped at an unexpected error; rows stored so far are kept, "
                    + "and sending the file again adds nothing twice");
            return;
        }
        deleteQuietly(spool);
    }

    private void finish(UUID id, UploadStatus status, String message) {
        QuarkusTransaction.requiringNew().run(() -> UploadRun.update(
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
}
