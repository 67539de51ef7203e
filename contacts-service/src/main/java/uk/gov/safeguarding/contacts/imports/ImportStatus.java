package uk.gov.safeguarding.contacts.imports;

public enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED
}
