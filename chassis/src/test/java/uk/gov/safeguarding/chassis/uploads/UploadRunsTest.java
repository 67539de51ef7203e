package uk.gov.safeguarding.chassis.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.rest.PageRequest;

/** The worker behind every service's uploads: a run left by a restart, a refused file, the errors kept. */
@QuarkusTest
class UploadRunsTest {

    @Inject
    UploadRuns runs;

    @Inject
    UploadQueries queries;

    @Inject
    UploadProgress progress;

    @ConfigProperty(name = "suite.uploads.spool-dir")
    Path spoolDir;

    @Test
    void aRunARestartInterruptedIsReadAgainFromItsStartCountingNothingTwice() throws Exception {
        UUID id = leftByARestart(UploadStatus.RUNNING, "ok\nok\nnope\nok\n");
        // what the interrupted attempt had counted and kept
        QuarkusTransaction.requiringNew().run(() -> progress.counted(id, UploadProgress.FILE,
                new UploadCounts(2, 2, 0, 0, 4), List.of(new UploadRowError(9, "line", "stale"))));

        runs.resumeAfterRestart(null);

        UploadQueries.Upload upload = awaitFinished(id);
        assertThat(upload.run().status).isEqualTo(UploadStatus.COMPLETED);
        assertThat(upload.run().rowsRead).isEqualTo(4);
        assertThat(upload.run().rowsStored).isEqualTo(3);
        assertThat(upload.run().rowsFailed).isEqualTo(1);
        assertThat(upload.run().recordsStored).isEqualTo(6);
        UploadQueries.RowErrors errors = queries.errors(LinesJob.KIND, "test upload", id, new PageRequest(0, 20));
        assertThat(errors.errors()).containsExactly(new UploadQueries.RowError(null, 3, "line", "'nope' is not ok"));
        assertThat(Files.exists(spoolDir.resolve(id + ".upload"))).as("spool deleted once read").isFalse();
    }

    @Test
    void aRunWhoseFileIsGoneFailsSayingSo() throws Exception {
        UUID id = leftByARestart(UploadStatus.QUEUED, "ok\n");
        Files.delete(spoolDir.resolve(id + ".upload"));

        runs.resumeAfterRestart(null);

        UploadRun run = awaitFinished(id).run();
        assertThat(run.status).isEqualTo(UploadStatus.FAILED);
        assertThat(run.message).contains("upload is gone");
    }

    @Test
    void aFileTheJobRefusesFailsTheRunWithItsReason() throws Exception {
        UUID id = leftByARestart(UploadStatus.QUEUED, "refuse\nok\n");

        runs.resumeAfterRestart(null);

        UploadRun run = awaitFinished(id).run();
        assertThat(run.status).isEqualTo(UploadStatus.FAILED);
        assertThat(run.message).isEqualTo("The file says no");
        assertThat(run.rowsRead).isZero();
    }

    @Test
    void aFileThatBreaksOffFailsSayingWhereNotAsAnUnexpectedError() throws Exception {
        UUID id = leftByARestart(UploadStatus.QUEUED, "ok\nbroken\nok\n");

        runs.resumeAfterRestart(null);

        UploadRun run = awaitFinished(id).run();
        assertThat(run.status).isEqualTo(UploadStatus.FAILED);
        assertThat(run.message).startsWith("The file cannot be read on: Invalid character at line: 2")
                .contains("sending the file again adds nothing twice");
    }

    @Test
    void errorsBeyondTheLimitAreCountedNotKept() throws Exception {
        UUID id = leftByARestart(UploadStatus.QUEUED,
                String.join("\n", Collections.nCopies(UploadProgress.MAX_STORED_ERRORS + 5, "bad")) + "\nok\n");

        runs.resumeAfterRestart(null);

        UploadQueries.Upload upload = awaitFinished(id);
        assertThat(upload.run().rowsFailed).isEqualTo(UploadProgress.MAX_STORED_ERRORS + 5);
        assertThat(queries.errors(LinesJob.KIND, "test upload", id, new PageRequest(0, 1)).total())
                .isEqualTo(UploadProgress.MAX_STORED_ERRORS);
    }

    @Test
    void aWorkbookSheetNamesItsErrorsAndAnotherKindsRunIsNotFound() throws Exception {
        UUID id = leftByARestart(UploadStatus.COMPLETED, "");
        int skipped = progress.sheet(id, "Notes", null, "no list");
        int read = progress.sheet(id, "CP plans", 7, null);
        QuarkusTransaction.requiringNew().run(() -> progress.counted(id, read, new UploadCounts(3, 2, 0, 1, 6),
                List.of(new UploadRowError(4, "Was the Child Seen Alone?", "not yes or no"))));

        UploadQueries.Upload upload = queries.get(LinesJob.KIND, "test upload", id);
        assertThat(upload.parts()).extracting(UploadPart::position).containsExactly(skipped, read);
        assertThat(upload.parts().get(0).skipped()).isTrue();
        assertThat(upload.parts().get(1).counts()).isEqualTo(new UploadCounts(3, 2, 0, 1, 6));
        assertThat(upload.run().rowsRead).isEqualTo(3);
        assertThat(queries.errors(LinesJob.KIND, "test upload", id, new PageRequest(0, 20)).errors())
                .containsExactly(new UploadQueries.RowError("CP plans", 4, "Was the Child Seen Alone?", "not yes or no"));
        assertThatThrownBy(() -> queries.get("another-kind", "other upload", id))
                .isInstanceOf(ProblemException.class).hasMessageContaining("No other upload with id");
    }

    /** A run as a restart leaves it: recorded, its file spooled, not yet (or not wholly) read. */
    private UUID leftByARestart(UploadStatus status, String content) throws Exception {
        UUID id = UUID.randomUUID();
        Files.createDirectories(spoolDir);
        Files.writeString(spoolDir.resolve(id + ".upload"), content);
        QuarkusTransaction.requiringNew().run(() -> {
            UploadRun run = new UploadRun();
            run.id = id;
            run.kind = LinesJob.KIND;
            run.format = "LINES";
            run.status = status;
            run.createdBy = "test";
            run.createdAt = Instant.now();
            run.persist();
        });
        return id;
    }

    private UploadQueries.Upload awaitFinished(UUID id) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            UploadStatus status = queries.get(LinesJob.KIND, "test upload", id).run().status;
            return status == UploadStatus.COMPLETED || status == UploadStatus.FAILED;
        });
        return queries.get(LinesJob.KIND, "test upload", id);
    }
}
