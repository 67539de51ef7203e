package uk.gov.safeguarding.localinfra;

import java.util.List;

/** The suite's Kafka topics, created up front by the local stack and the test broker. */
public final class SuiteTopics {

    public static final String CONTACTS = "safeguarding.contacts.v1";
    public static final String KPIS = "safeguarding.kpis.v1";
    public static final String AUDITS = "safeguarding.audits.v1";
    public static final String ACTIONS = "safeguarding.actions.v1";
    public static final String ACTIVITY_LOG = "safeguarding.activity-log.v1";

    /** Each topic and its dead-letter topic ({@code <topic>.dlt}). */
    public static final List<String> ALL = List.of(
            CONTACTS, CONTACTS + ".dlt",
            KPIS, KPIS + ".dlt",
            AUDITS, AUDITS + ".dlt",
            ACTIONS, ACTIONS + ".dlt",
            ACTIVITY_LOG, ACTIVITY_LOG + ".dlt");

    private SuiteTopics() {
    }
}
