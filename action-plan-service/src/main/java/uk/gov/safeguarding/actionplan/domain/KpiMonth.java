package uk.gov.safeguarding.actionplan.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A KPI's published figure for one council and closed month, as kpi-service's month-published gives it. */
public record KpiMonth(String kpiCode, String localAuthority, YearMonth month, int version, BigDecimal value,
                       BigDecimal target, String polarity, String rag) {
}
