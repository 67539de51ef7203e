package uk.gov.safeguarding.kpi.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.MonthFigures;
import uk.gov.safeguarding.kpi.domain.Tally;

/**
 * One row of {@code kpi_value} (or of a closed month's {@code kpi_value_version}): a KPI's figures for
 * a council, month and breakdown; {@code version} is null while the month is open.
 */
public record StoredValue(String kpiCode, String localAuthority, YearMonth month, Breakdown breakdown,
                          MonthFigures figures, Instant computedAt, Integer version) {

    public Tally tally() {
        return figures.tally();
    }

    public BigDecimal value() {
        return figures.value();
    }
}
