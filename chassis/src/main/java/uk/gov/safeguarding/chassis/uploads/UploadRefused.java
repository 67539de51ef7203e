package uk.gov.safeguarding.chassis.uploads;

/**
 * The file as a whole cannot be used (no header the job knows, a required column missing, not readable):
 * the run fails with this message, for the sender to mend; rows already stored stay.
 */
public class UploadRefused extends RuntimeException {

    public UploadRefused(String message) {
        super(message, null, false, false);
    }
}
