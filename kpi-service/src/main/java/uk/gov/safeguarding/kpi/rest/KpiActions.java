package uk.gov.safeguarding.kpi.rest;

import java.util.List;

/**
 * The activity log actions of kpi-service, named once: operations declare them, the log records them,
 * and the coverage test checks every state change and child-level read has one of them.
 */
public final class KpiActions {

    public static final String PRACTICE_RECORDS_LOAD = "practice-records.load";
    public static final String PRACTICE_RECORDS_READ = "practice-records.read";
    public static final String ANNEX_A_LOAD = "annex-a.load";
    public static final String ANNEX_A_UPLOAD_START = "annex-a-upload.start";
    public static final String BENCHMARKS_LOAD = "kpi-benchmark.load";
    public static final String BENCHMARK_PUT = "kpi-benchmark.put";
    public static final String MONTH_CLOSE = "kpi-month.close";
    public static final String KPI_CHANGE = "kpi.change";

    public static final List<String> ALL = List.of(PRACTICE_RECORDS_LOAD, PRACTICE_RECORDS_READ, ANNEX_A_LOAD, ANNEX_A_UPLOAD_START, BENCHMARKS_LOAD, BENCHMARK_PUT,
            MONTH_CLOSE, KPI_CHANGE);

    private KpiActions() {
    }
}
