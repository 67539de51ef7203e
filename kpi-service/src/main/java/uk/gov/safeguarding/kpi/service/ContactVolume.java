package uk.gov.safeguarding.kpi.service;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Contacts received in one month, in all ({@code source} null) or from one source, with the changes. */
public record ContactVolume(String localAuthority, YearMonth month, String source, long contacts,
                            Long sameMonthLastYear, BigDecimal changeOnLastYearPercent, BigDecimal changeOnLastMonth) {
}
