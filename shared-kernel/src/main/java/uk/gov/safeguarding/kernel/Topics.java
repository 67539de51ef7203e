package uk.gov.safeguarding.kernel;

import java.util.List;

/** The suite's Kafka topics, named once; each has a dead-letter topic {@code <topic>.dlt}. */
public final class Topics {

    public static final String CONTACTS = "safeguarding.contacts.v1";
    public static final String KPIS = "safeguarding.kpis.v1";
    public static final String AUDITS = "safeguarding.audits.v1";
    public static final String ACTIONS = "safeguarding.actions.v1";
    public static final String ACTIVITY_LOG = "safeguarding.activity-log.v1";
    public static final String ACTIVITY_LOG_CHECKPOINTS = "safeguarding.activity-log.checkpoints.v1";
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final List<String> ALL = List.of(CONTACTS, KPIS, AUDITS, ACTIONS, ACTIVITY_LOG, ACTIVITY_LOG_CHECKPOINTS);

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** Every topic and its dead-letter topic, as a broker should be set up. */
    public static List<String> withDeadLetters() {
        return ALL.stream().flatMap(topic -> java.util.stream.Stream.of(topic, deadLetter(topic))).toList();
    }
}
