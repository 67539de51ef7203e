package uk.gov.safeguarding.chassis.uploads;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A job for the tests: a line "ok" is a row stored, any other line a row refused; a first line "refuse"
 * refuses the file, a line "broken" breaks it off (as a malformed CSV does). All the lines are one chunk.
 */
@ApplicationScoped
public class LinesJob implements UploadJob {

    static final String KIND = "test-lines";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void read(UploadRun run, Path file, UploadProgress progress) throws Exception {
        List<String> lines = Files.readAllLines(file);
        if (!lines.isEmpty() && lines.get(0).equals("refuse")) {
            throw new UploadRefused("The file says no");
        }
        if (lines.contains("broken")) {
            throw new java.io.UncheckedIOException(new java.io.IOException("Invalid character at line: "
                    + (lines.indexOf("broken") + 1)));
        }
        List<UploadRowError> errors = new ArrayList<>();
        long stored = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("ok")) {
                stored++;
            } else {
                errors.add(new UploadRowError(i + 1, "line", "'" + lines.get(i) + "' is not ok"));
            }
        }
        UploadCounts counts = new UploadCounts(lines.size(), stored, 0, errors.size(), stored * 2);
        QuarkusTransaction.requiringNew().run(() -> progress.counted(run.id, UploadProgress.FILE, counts, errors));
    }
}
