package uk.gov.safeguarding.kpi.service;

import java.time.YearMonth;
import java.util.List;
import uk.gov.safeguarding.kpi.domain.Benchmark;
import uk.gov.safeguarding.kpi.domain.KpiDefinition;
import uk.gov.safeguarding.kpi.domain.NeighbourAverage;
import uk.gov.safeguarding.kpi.repository.StoredValue;

/** A council's month of KPIs, a line per KPI of the catalogue, in its order. */
public record Scorecard(String localAuthority, YearMonth month, List<Line> lines) {

    /**
     * One KPI's line: its figures (null when nothing was counted this month), the year's benchmark (or
     * null), the council's children aged 0 to 17 that month (null when not known) and its neighbours' average.
     */
    public record Line(KpiDefinition definition, StoredValue stored, Benchmark benchmark, Long childrenAged0To17,
                       NeighbourAverage neighbours) {
    }
}
