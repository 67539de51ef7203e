package uk.gov.safeguarding.contacts.domain;

import java.util.regex.Pattern;

/** Forms of the pseudonymous identifiers the suite accepts. */
public final class Identifiers {

    /** The council's own child id: 1-20 letters and digits (CIN census 2024-25 rules 1570/1580). */
    public static final String CHILD_REF = "^[A-Za-z0-9]{1,20}$";

    /** An ONS local authority code (E06000015) or a DfE 3-digit LA number (831). */
    public static final String LOCAL_AUTHORITY = "^(E0[6-9]\\d{6}|W06\\d{6}|\\d{3})$";

    private static final Pattern CHILD_REF_PATTERN = Pattern.compile(CHILD_REF);
    private static final Pattern LOCAL_AUTHORITY_PATTERN = Pattern.compile(LOCAL_AUTHORITY);

    private Identifiers() {
    }

    public static boolean isChildRef(String value) {
        return value != null && CHILD_REF_PATTERN.matcher(value).matches();
    }

    public static boolean isLocalAuthority(String value) {
        return value != null && LOCAL_AUTHORITY_PATTERN.matcher(value).matches();
    }
}
