package uk.gov.safeguarding.contacts.service;

import java.util.List;

/**
 * The activity log actions of contacts-service, named once: operations declare them, the log records
 * them, and the coverage test checks every state change and child-level read has one of them.
 */
public final class ContactActions {

    public static final String RECORD = "contact.record";
    public static final String LIST = "contact.list";
    public static final String READ = "contact.read";
    public static final String SCREEN = "contact.screen";
    public static final String DECIDE = "contact.decide";
    public static final String RETURN = "contact.return";
    public static final String REFERRER_INFORMED = "contact.referrer-informed";
    public static final String IMPORT_START = "contact-import.start";

    /**
     * Recorded by the import worker for each chunk of a batch file it stores, in the name of whoever sent
     * the file, naming the chunk's children: no request declares it.
     */
    public static final String IMPORT_ROWS_STORED = "contact-import.rows-stored";

    public static final List<String> ALL = List.of(RECORD, LIST, READ, SCREEN, DECIDE, RETURN, REFERRER_INFORMED,
            IMPORT_START);

    private ContactActions() {
    }
}
