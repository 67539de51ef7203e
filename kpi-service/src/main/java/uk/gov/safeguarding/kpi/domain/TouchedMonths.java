package uk.gov.safeguarding.kpi.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;

/**
 * The months whose figures a practice record can change. Episodes count at every month end they are
 * open; a visit or review also decides later months (the last visit at month end, the next review's
 * due date), so a year after it is recounted; nothing after the current month is.
 */
public final class TouchedMonths {

    static final int MONTHS_AFTER_AN_EVENT = 12;

    private TouchedMonths() {
    }

    public static Set<YearMonth> of(PracticeRecord record, YearMonth current) {
        Set<YearMonth> months = new TreeSet<>();
        switch (record.kind()) {
            case REFERRAL -> { }
            case ASSESSMENT -> addIfPresent(months, record.authorisedDate());
            case S47_ENQUIRY -> addIfPresent(months, record.icpcDate());
            case CP_PLAN, CIN_PLAN, CLA_EPISODE, ALLOCATION -> {
                LocalDate end = record.endDate();
                YearMonth last = end == null ? current : YearMonth.from(end);
                if (record.kind() != RecordKind.ALLOCATION) {
                    // Reviews fall due after the last month end counted and the plan's end month.
                    last = last.plusMonths(1);
                }
                range(months, YearMonth.from(record.startDate()), last, current);
            }
            default -> {
                YearMonth month = YearMonth.from(record.date());
                range(months, month, month.plusMonths(MONTHS_AFTER_AN_EVENT), current);
            }
        }
        return months;
    }

    private static void range(Set<YearMonth> months, YearMonth from, YearMonth to, YearMonth current) {
        YearMonth last = to.isAfter(current) ? current : to;
        for (YearMonth month = from; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
    }

    private static void addIfPresent(Set<YearMonth> months, LocalDate date) {
        if (date != null) {
            months.add(YearMonth.from(date));
        }
    }
}
