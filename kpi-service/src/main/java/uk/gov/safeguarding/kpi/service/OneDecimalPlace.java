package uk.gov.safeguarding.kpi.service;

import java.math.BigDecimal;
import uk.gov.safeguarding.chassis.problem.ProblemException;

/**
 * Targets, tolerances and benchmarks are kept to one decimal place, as reports print them. Refused
 * rather than rounded: a target of 94.95 would otherwise become 95.0 without anyone saying so.
 */
final class OneDecimalPlace {

    private OneDecimalPlace() {
    }

    static void require(String field, BigDecimal value) {
        if (value != null && value.stripTrailingZeros().scale() > 1) {
            throw ProblemException.invalid(field, "must have at most one decimal place");
        }
    }
}
