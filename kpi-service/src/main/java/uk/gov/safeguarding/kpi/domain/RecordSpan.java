package uk.gov.safeguarding.kpi.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * When a practice record's piece of work started and ended, as an auditor picking cases means it: an s47
 * enquiry runs from its strategy discussion to its initial conference (or its end, when none was needed), an
 * assessment from its start to its authorisation, a plan, episode or allocation from start to end; a referral,
 * visit or review is a day. Open work is measured to today.
 */
public record RecordSpan(LocalDate start, LocalDate end) {

    public static RecordSpan of(PracticeRecord record) {
        return switch (record.kind()) {
            case REFERRAL -> new RecordSpan(record.referralDate(), record.referralDate());
            case ASSESSMENT -> new RecordSpan(record.startDate(), record.authorisedDate());
            case S47_ENQUIRY -> new RecordSpan(record.strategyDiscussionDate(),
                    record.icpcDate() != null ? record.icpcDate() : record.endDate());
            case CP_VISIT, CP_REVIEW, CIN_REVIEW, CLA_VISIT, CLA_REVIEW -> new RecordSpan(record.date(), record.date());
            case CP_PLAN, CIN_PLAN, CLA_EPISODE, ALLOCATION -> new RecordSpan(record.startDate(), record.endDate());
        };
    }

    public boolean open() {
        return start != null && end == null;
    }

    /** Calendar days from start to end (to {@code today} while open); null without a start. */
    public Long days(LocalDate today) {
        return start == null ? null : ChronoUnit.DAYS.between(start, end != null ? end : today);
    }

    /** Working days after the start day up to the end (to {@code today} while open); null without a start. */
    public Integer workingDays(WorkingDayCalendar calendar, LocalDate today) {
        if (start == null) {
            return null;
        }
        LocalDate until = end != null ? end : today;
        return until.isBefore(start) ? 0 : Math.max(0, calendar.workingDaysAfter(start, until));
    }
}
