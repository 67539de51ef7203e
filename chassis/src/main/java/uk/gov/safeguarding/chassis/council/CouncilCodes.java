package uk.gov.safeguarding.chassis.council;

import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.kernel.Councils;

/** Council codes as they arrive in parameters and rows, turned into the one code the suite stores. */
public final class CouncilCodes {

    private CouncilCodes() {
    }

    /** The canonical ONS code of an optional parameter; {@code null} stays {@code null}. */
    public static String canonical(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Councils.england().canonical(value)
                .orElseThrow(() -> ProblemException.invalid(field, Councils.england().refusal(value)));
    }

    /** As {@link #canonical}, for a parameter that must be given. */
    public static String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required: the ONS code (such as E06000015) or DfE LA number "
                    + "(such as 831) of the council");
        }
        return canonical(field, value);
    }

    /** For values already validated with {@link CouncilCode}: the canonical code, or the value itself if unknown. */
    public static String canonicalOrSame(String value) {
        return value == null ? null : Councils.england().canonical(value).orElse(value);
    }
}
