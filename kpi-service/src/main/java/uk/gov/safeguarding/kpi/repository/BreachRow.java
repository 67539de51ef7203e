package uk.gov.safeguarding.kpi.repository;

import java.time.Instant;
import java.time.YearMonth;

/** One threshold breach as stored; {@code withdrawnAt} is null while it stands. */
public record BreachRow(String kpiCode, String localAuthority, YearMonth runStart, YearMonth breachedIn,
                        YearMonth runEnd, int breachAfterRedMonths, Instant announcedAt, Instant withdrawnAt) {
}
