package uk.gov.safeguarding.kpi.repository;

import java.time.YearMonth;

/**
 * A read of the values feed. Null filters match everything. {@code breakdowns}: COUNCIL (the council
 * as a whole), TEAM, SOURCE or ALL.
 */
public record ValuesQuery(String kpiCode, String localAuthority, YearMonth from, YearMonth to, Breakdowns breakdowns,
                          FeedCursor after, int limit) {

    public enum Breakdowns { COUNCIL, TEAM, SOURCE, ALL }

    public static final int DEFAULT_LIMIT = 1_000;
    public static final int MAX_LIMIT = 10_000;
}
