package uk.gov.safeguarding.contacts.domain;

/** How the contact reached the front door. */
public enum Channel {
    PHONE, EMAIL, ONLINE_FORM, SECURE_EMAIL, POLICE_NOTIFICATION, LETTER, IN_PERSON, OTHER
}
