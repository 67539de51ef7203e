package uk.gov.safeguarding.kpi.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.MonthFigures;
import uk.gov.safeguarding.kpi.domain.Tally;

/** One row of {@code kpi_value}: a KPI's figures for a council, month and breakdown. */
public record StoredValue(String kpiCode, String localAuthority, YearMonth month, Breakdown breakdown,
                          MonthFigures figures, Instant computedAt) {

    public Tally tally() {
        return figures.tally();
    }

    public BigDecimal value() {
        return figures.value();
    }
}
