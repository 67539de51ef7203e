package uk.gov.safeguarding.kpi.domain;

import uk.gov.safeguarding.chassis.problem.ProblemException;

/** How a council is named: its ONS code (Derby E06000015) or its DfE LA number (Derby 831). */
public final class LocalAuthority {

    public static final String PATTERN = "^(E\\d{8}|\\d{3})$";
    public static final String MESSAGE = "must be an ONS code such as E06000015 or a DfE LA number such as 831";

    private LocalAuthority() {
    }

    /** @throws ProblemException (400 naming {@code field}) when missing or not a council code */
    public static String require(String field, String value) {
        if (value == null || !value.matches(PATTERN)) {
            throw ProblemException.invalid(field, value == null ? "is required: " + MESSAGE.substring("must be ".length())
                    : MESSAGE);
        }
        return value;
    }
}
