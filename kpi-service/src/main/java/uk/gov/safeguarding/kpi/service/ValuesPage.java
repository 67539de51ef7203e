package uk.gov.safeguarding.kpi.service;

import java.util.List;
import uk.gov.safeguarding.kpi.domain.Benchmark;
import uk.gov.safeguarding.kpi.domain.KpiDefinition;
import uk.gov.safeguarding.kpi.repository.StoredValue;

/** A page of the values feed and the cursor of the next (null on the last page). */
public record ValuesPage(List<Value> items, String next) {

    /** Stored figures with their KPI's definition and the year's benchmark (or null). */
    public record Value(StoredValue stored, KpiDefinition definition, Benchmark benchmark) {
    }
}
