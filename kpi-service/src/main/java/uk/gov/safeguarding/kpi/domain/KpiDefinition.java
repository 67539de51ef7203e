package uk.gov.safeguarding.kpi.domain;

import java.math.BigDecimal;

/**
 * One KPI of the catalogue as it stands: what it counts, which way is better, its local settings and
 * what "off target" means. Kept as data so an administrator can change a target without a release.
 *
 * @param ratePer10000Children whether the count is also shown per 10,000 children aged 0 to 17 of the
 *                             council, as comparisons with statistical neighbours and England are made
 */
public record KpiDefinition(
        String code,
        String name,
        String numerator,
        String denominator,
        KpiUnit unit,
        Polarity polarity,
        String timescaleRule,
        KpiParameters parameters,
        BigDecimal target,
        BigDecimal amberTolerance,
        int breachAfterRedMonths,
        boolean byTeam,
        boolean ratePer10000Children) {

    public Rag rate(BigDecimal value) {
        return Rag.rate(value, target, amberTolerance, polarity);
    }
}
