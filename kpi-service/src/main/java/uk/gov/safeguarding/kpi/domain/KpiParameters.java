package uk.gov.safeguarding.kpi.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * A KPI's local timescale settings, such as {@code visitIntervalWorkingDays = 10}. Each calculation
 * names the parameters it reads and their defaults, so a council that never set one gets the national rule.
 */
public record KpiParameters(Map<String, Integer> values) {

    public KpiParameters {
        values = Map.copyOf(values == null ? Map.of() : values);
    }

    public static KpiParameters none() {
        return new KpiParameters(Map.of());
    }

    public int get(String name, int defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    /** These settings with the given ones laid over them. */
    public KpiParameters with(Map<String, Integer> changes) {
        Map<String, Integer> merged = new TreeMap<>(values);
        merged.putAll(changes);
        return new KpiParameters(merged);
    }
}
