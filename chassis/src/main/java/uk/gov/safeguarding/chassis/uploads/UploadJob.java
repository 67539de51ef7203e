package uk.gov.safeguarding.chassis.uploads;

import java.nio.file.Path;

/**
 * What a service does with one kind of upload, on the worker after the answer. It reads the spooled file,
 * stores rows in chunks (each chunk one transaction that also calls {@link UploadProgress#counted}), and
 * throws {@link UploadRefused} when the file as a whole cannot be used. A run interrupted by a restart is
 * read again from its start, so storing a row twice must add nothing.
 */
public interface UploadJob {

    /** The kind of {@link UploadRun} this job reads, e.g. {@code contact-import}. */
    String kind();

    void read(UploadRun run, Path file, UploadProgress progress) throws Exception;
}
