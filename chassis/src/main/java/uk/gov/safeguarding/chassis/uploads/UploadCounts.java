package uk.gov.safeguarding.chassis.uploads;

/**
 * Rows of a chunk (or a sheet, or a run): read, stored, already stored (nothing added), refused; and the
 * records the stored rows made.
 */
public record UploadCounts(long read, long stored, long duplicate, long failed, long records) {

    public static final UploadCounts NONE = new UploadCounts(0, 0, 0, 0, 0);

    public UploadCounts plus(UploadCounts other) {
        return new UploadCounts(read + other.read, stored + other.stored, duplicate + other.duplicate,
                failed + other.failed, records + other.records);
    }
}
