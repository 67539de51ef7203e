package uk.gov.safeguarding.kpi.service;

import java.math.BigDecimal;

/** A KPI's comparators for one reporting year, and where they were taken from. */
public record BenchmarkFigures(BigDecimal statisticalNeighbours, BigDecimal england, String source) {
}
