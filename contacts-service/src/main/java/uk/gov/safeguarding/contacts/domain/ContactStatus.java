package uk.gov.safeguarding.contacts.domain;

public enum ContactStatus {
    AWAITING_SCREENING,
    AWAITING_AUTHORISATION,
    DECIDED
}
