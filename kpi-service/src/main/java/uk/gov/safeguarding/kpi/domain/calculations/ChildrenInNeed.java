package uk.gov.safeguarding.kpi.domain.calculations;

import jakarta.inject.Singleton;
import java.util.EnumSet;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;

/** Children with a CIN plan, CP plan or CLA episode (the CIN census counts children on a plan or in care as in need) open on the last day of the month. */
@Singleton
public class ChildrenInNeed extends ChildrenAtMonthEnd {

    public ChildrenInNeed() {
        super("CHILDREN_IN_NEED", FactKind.CASELOADS, EnumSet.of(RecordKind.CIN_PLAN, RecordKind.CP_PLAN, RecordKind.CLA_EPISODE));
    }
}
