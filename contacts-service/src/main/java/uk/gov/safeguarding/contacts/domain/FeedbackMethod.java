package uk.gov.safeguarding.contacts.domain;

/** How the referrer was told the outcome. */
public enum FeedbackMethod {
    PHONE, EMAIL, SECURE_EMAIL, LETTER, PORTAL, IN_PERSON
}
