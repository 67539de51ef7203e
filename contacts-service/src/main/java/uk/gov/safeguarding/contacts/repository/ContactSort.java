package uk.gov.safeguarding.contacts.repository;

import java.util.Locale;
import java.util.Optional;

/** The orders a contact list can be sorted in: {@code receivedAt}, {@code -receivedAt} and so on. */
public enum ContactSort {
    RECEIVED_ASC("receivedAt", "c.receivedAt asc, c.id asc"),
    RECEIVED_DESC("-receivedAt", "c.receivedAt desc, c.id desc"),
    DECIDED_ASC("decidedAt", "c.decidedAt asc nulls last, c.id asc"),
    DECIDED_DESC("-decidedAt", "c.decidedAt desc nulls last, c.id desc"),
    EARLIER_CONTACTS_DESC("-earlierContacts", "c.earlierContacts desc, c.receivedAt desc, c.id desc");

    public static final String ALLOWED = "receivedAt, -receivedAt, decidedAt, -decidedAt, -earlierContacts";

    private final String parameter;
    private final String orderBy;

    ContactSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    public String orderBy() {
        return orderBy;
    }

    public static Optional<ContactSort> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(RECEIVED_DESC);
        }
        for (ContactSort sort : values()) {
            if (sort.parameter.toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
