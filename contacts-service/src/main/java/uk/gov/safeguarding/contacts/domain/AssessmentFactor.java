package uk.gov.safeguarding.contacts.domain;

import java.util.Set;

/**
 * Factors identified at assessment (CIN census), used here as concern codes on a contact.
 * 18A and 19A were withdrawn from 2022-23 and are not accepted.
 */
public final class AssessmentFactor {

    public static final Set<String> CODES = Set.of(
            "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C",
            "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A",
            "15A", "16A", "17A", "18B", "18C", "19B", "19C", "20", "21", "22A", "23A", "24A");

    private AssessmentFactor() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }
}
