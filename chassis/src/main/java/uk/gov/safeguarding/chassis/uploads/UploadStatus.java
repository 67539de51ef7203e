package uk.gov.safeguarding.chassis.uploads;

/** Where an upload is: waiting for the worker, being read, read to its end, or stopped with a message. */
public enum UploadStatus {
    QUEUED, RUNNING, COMPLETED, FAILED
}
