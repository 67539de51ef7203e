package uk.gov.safeguarding.chassis.security;

import java.util.List;

/** The roles a token may carry. A token's roles claim is {@code groups} by default (see README). */
public final class Roles {

    public static final String PRACTITIONER = "practitioner";
    public static final String MANAGER = "manager";
    public static final String AUDITOR = "auditor";
    public static final String ANALYST = "analyst";
    public static final String BOARD = "board";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";

    public static final List<String> ALL = List.of(PRACTITIONER, MANAGER, AUDITOR, ANALYST, BOARD, ADMIN, INTEGRATION);

    private Roles() {
    }
}
