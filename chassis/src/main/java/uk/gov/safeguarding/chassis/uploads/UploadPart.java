package uk.gov.safeguarding.chassis.uploads;

/**
 * A sheet of an uploaded workbook: read (with its counts) or skipped (with why). {@code annexAList} is the
 * list its header shows, null when none.
 */
public record UploadPart(int position, String sheet, Integer annexAList, String skippedReason, UploadCounts counts) {

    public boolean skipped() {
        return skippedReason != null;
    }
}
