package uk.gov.safeguarding.kpi.mapping;

import uk.gov.safeguarding.kpi.rest.BatchReport;
import uk.gov.safeguarding.kpi.rest.PracticeRecordRequest;
import uk.gov.safeguarding.kpi.rest.RecordError;
import uk.gov.safeguarding.kpi.service.BatchOutcome;
import uk.gov.safeguarding.kpi.service.NewPracticeRecord;
import uk.gov.safeguarding.kpi.service.RecordProblem;

public final class PracticeRecordMapper {

    private PracticeRecordMapper() {
    }

    /** The API's record as the service's command; its field rules are checked there, with the batch's others. */
    public static NewPracticeRecord toCommand(PracticeRecordRequest r) {
        return new NewPracticeRecord(r.kind(), r.recordId(), r.localAuthority(), r.childRef(), r.team(), r.worker(),
                r.referralDate(), r.startDate(), r.endDate(), r.authorisedDate(), r.date(), r.strategyDiscussionDate(),
                r.icpcDate(), r.icpcNotRequired(), r.source(), r.nfa(), r.categories(), r.previousPlans(),
                r.seenAlone(), r.placementType(), r.placementStartDate(), r.deleted());
    }

    public static BatchReport toReport(BatchOutcome outcome) {
        return new BatchReport(outcome.received(), outcome.stored(), outcome.deleted(), outcome.failed(),
                outcome.recordsStored(), outcome.errors().stream().map(PracticeRecordMapper::toError).toList());
    }

    private static RecordError toError(RecordProblem problem) {
        return new RecordError(problem.item(), problem.recordId(), problem.field(), problem.reason());
    }
}
