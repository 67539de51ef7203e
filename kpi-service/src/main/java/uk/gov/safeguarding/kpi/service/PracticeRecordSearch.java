package uk.gov.safeguarding.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.calendar.WorkingDays;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.kpi.domain.RecordSpan;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.kpi.repository.PracticeRecordRepository;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * Finds one council's practice records of one kind for an audit's population ("s47 enquiries open more than
 * 10 working days", "CP plans of two years or more"), a page at a time in record-id order. A child-level read:
 * the children found are named in the request's activity entry.
 */
@ApplicationScoped
public class PracticeRecordSearch {

    public static final int MAX_LIMIT = 1_000;
    public static final int DEFAULT_LIMIT = 200;
    private static final int FETCH = 1_000;

    private final PracticeRecordRepository records;
    private final WorkingDays workingDays;
    private final ActivityLog activityLog;

    public PracticeRecordSearch(PracticeRecordRepository records, WorkingDays workingDays, ActivityLog activityLog) {
        this.records = records;
        this.workingDays = workingDays;
        this.activityLog = activityLog;
    }

    public record Query(String localAuthority, RecordKind kind, String team, LocalDate startFrom, LocalDate startTo,
                        boolean openOnly, Integer minDays, Integer minWorkingDays, String after, Integer limit) {
    }

    /** A record with its span measured: calendar and working days from its start to its end (or today). */
    public record Found(PracticeRecord record, RecordSpan span, Long days, Integer workingDays) {
    }

    public record Page(List<Found> records, String next) {
    }

    @Transactional
    public Page search(Query query) {
        int limit = query.limit() == null ? DEFAULT_LIMIT : query.limit();
        LocalDate today = LocalDate.now(LondonTime.ZONE);
        WorkingDayCalendar calendar = workingDays.calendar();
        // a span has no more working days than calendar days: the database can drop the shorter ones first
        Integer minDays = max(query.minDays(), query.minWorkingDays());
        List<Found> found = new ArrayList<>();
        String cursor = query.after();
        while (found.size() <= limit) {
            List<PracticeRecord> batch = records.search(new PracticeRecordRepository.Search(query.localAuthority(),
                    query.kind(), query.team(), query.startFrom(), query.startTo(), query.openOnly(), minDays, today,
                    cursor, FETCH));
            for (PracticeRecord record : batch) {
                RecordSpan span = RecordSpan.of(record);
                Integer working = span.workingDays(calendar, today);
                if (query.minWorkingDays() == null || (working != null && working >= query.minWorkingDays())) {
                    found.add(new Found(record, span, span.days(today), working));
                    if (found.size() > limit) {
                        break;
                    }
                }
            }
            if (batch.size() < FETCH) {
                break;
            }
            cursor = batch.get(batch.size() - 1).recordId();
        }
        boolean more = found.size() > limit;
        List<Found> page = more ? List.copyOf(found.subList(0, limit)) : found;
        activityLog.concerning(null, page.stream().map(f -> f.record().childRef()).toList());
        return new Page(page, more ? page.get(page.size() - 1).record().recordId() : null);
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Integer.valueOf(Math.max(a, b));
    }
}
