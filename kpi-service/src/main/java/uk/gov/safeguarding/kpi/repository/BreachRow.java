package uk.gov.safeguarding.kpi.repository;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One threshold breach as stored: run start and breach month as announced, first and last red month as
 * last seen; {@code withdrawnAt} is null while it stands.
 */
public record BreachRow(String kpiCode, String localAuthority, YearMonth runStart, YearMonth breachedIn,
                        YearMonth firstRedMonth, YearMonth lastRedMonth, int breachAfterRedMonths, Instant announcedAt,
                        Instant withdrawnAt) {
}
