package uk.gov.safeguarding.contacts.domain;

import java.util.regex.Pattern;

/** Forms of the pseudonymous identifiers the suite accepts. */
public final class Identifiers {

    /** The council's own child id: 1-20 letters and digits (CIN census 2024-25 rules 1570/1580). */
    public static final String CHILD_REF = "^[A-Za-z0-9]{1,20}$";

    private static final Pattern CHILD_REF_PATTERN = Pattern.compile(CHILD_REF);

    private Identifiers() {
    }

    public static boolean isChildRef(String value) {
        return value != null && CHILD_REF_PATTERN.matcher(value).matches();
    }
}
