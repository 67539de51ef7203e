package uk.gov.safeguarding.kpi.service;

import java.math.BigDecimal;
import java.util.Map;

/** A change to a KPI's local settings: what is null (or, for parameters, left out) stays as it is. */
public record KpiChange(BigDecimal target, BigDecimal amberTolerance, Integer breachAfterRedMonths,
                        Map<String, Integer> parameters, String reason) {
}
