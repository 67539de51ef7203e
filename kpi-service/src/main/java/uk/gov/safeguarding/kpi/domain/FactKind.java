package uk.gov.safeguarding.kpi.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;

/**
 * A kind of fact the service holds, and the type of its rows. A change to facts of one kind marks the
 * council's month for recomputation of every KPI that reads that kind.
 */
public record FactKind<F>(String name, Class<F> type, Set<RecordKind> records) {

    public static final FactKind<ContactFact> CONTACTS = new FactKind<>("contacts", ContactFact.class, Set.of());
    /** Assessments authorised in the month. */
    public static final FactKind<PracticeRecord> ASSESSMENTS = practice("assessments", RecordKind.ASSESSMENT);
    /** Section 47 enquiries whose initial conference was held in the month. */
    public static final FactKind<PracticeRecord> S47_ENQUIRIES = practice("s47-enquiries", RecordKind.S47_ENQUIRY);
    /** All CP plans, visits and reviews of children with a CP plan open in the month. */
    public static final FactKind<PracticeRecord> CHILD_PROTECTION = practice("child-protection",
            RecordKind.CP_PLAN, RecordKind.CP_VISIT, RecordKind.CP_REVIEW);
    /** All CIN plans and reviews of children with a CIN plan open in the month. */
    public static final FactKind<PracticeRecord> CHILDREN_IN_NEED = practice("children-in-need",
            RecordKind.CIN_PLAN, RecordKind.CIN_REVIEW);
    /** All CLA episodes, visits and reviews of children looked after in the month. */
    public static final FactKind<PracticeRecord> CHILDREN_IN_CARE = practice("children-in-care",
            RecordKind.CLA_EPISODE, RecordKind.CLA_VISIT, RecordKind.CLA_REVIEW);
    /** Allocations, plans and episodes open at the end of the month. */
    public static final FactKind<PracticeRecord> CASELOADS = practice("caseloads",
            RecordKind.ALLOCATION, RecordKind.CP_PLAN, RecordKind.CIN_PLAN, RecordKind.CLA_EPISODE);

    public static final List<FactKind<PracticeRecord>> PRACTICE = List.of(ASSESSMENTS, S47_ENQUIRIES,
            CHILD_PROTECTION, CHILDREN_IN_NEED, CHILDREN_IN_CARE, CASELOADS);

    private static FactKind<PracticeRecord> practice(String name, RecordKind first, RecordKind... rest) {
        return new FactKind<>(name, PracticeRecord.class, EnumSet.of(first, rest));
    }

    /** The kinds of fact a change to a record of this kind alters. */
    public static List<FactKind<PracticeRecord>> readingRecordsOf(RecordKind kind) {
        return PRACTICE.stream().filter(factKind -> factKind.records().contains(kind)).toList();
    }
}
