package uk.gov.safeguarding.kpi.domain.calculations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;

/** Practice records for the calculation tests; dates as YYYY-MM-DD text. */
final class Records {

    private static final String COUNCIL = "E06000015";

    private Records() {
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static PracticeRecord record(RecordKind kind, String child, String team, String worker, String referral,
                                         String start, String end, String authorised, String date, String strategy,
                                         String icpc, Integer previousPlans, String placementStart) {
        return new PracticeRecord(kind, UUID.randomUUID().toString(), COUNCIL, child, team, worker, day(referral),
                day(start), day(end), day(authorised), day(date), day(strategy), day(icpc), false, null, null,
                List.of(), previousPlans, null, null, day(placementStart));
    }

    static PracticeRecord assessment(String referral, String authorised, String team) {
        return record(RecordKind.ASSESSMENT, "C" + UUID.randomUUID().toString().substring(0, 8), team, null, referral,
                referral, null, authorised, null, null, null, null, null);
    }

    static PracticeRecord s47(String strategyDiscussion, String icpc) {
        return record(RecordKind.S47_ENQUIRY, "C1", null, null, null, null, null, null, null, strategyDiscussion, icpc,
                null, null);
    }

    static PracticeRecord episode(RecordKind kind, String child, String start, String end, String team) {
        return record(kind, child, team, null, null, start, end, null, null, null, null, null, null);
    }

    static PracticeRecord cpPlan(String child, String start, String end, Integer previousPlans) {
        return record(RecordKind.CP_PLAN, child, "CP team", null, null, start, end, null, null, null, null,
                previousPlans, null);
    }

    static PracticeRecord careEpisode(String child, String start, String placementStart) {
        return record(RecordKind.CLA_EPISODE, child, "CiC team", null, null, start, null, null, null, null, null, null,
                placementStart);
    }

    static PracticeRecord event(RecordKind kind, String child, String date) {
        return record(kind, child, null, null, null, null, null, null, date, null, null, null, null);
    }

    static PracticeRecord allocation(String child, String worker, String team, String start, String end) {
        return record(RecordKind.ALLOCATION, child, team, worker, null, start, end, null, null, null, null, null, null);
    }
}
