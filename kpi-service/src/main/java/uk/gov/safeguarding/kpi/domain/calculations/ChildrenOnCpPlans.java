package uk.gov.safeguarding.kpi.domain.calculations;

import jakarta.inject.Singleton;
import java.util.EnumSet;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;

/** Children with a child protection plan open on the last day of the month. */
@Singleton
public class ChildrenOnCpPlans extends ChildrenAtMonthEnd {

    public ChildrenOnCpPlans() {
        super("CHILDREN_ON_CP_PLANS", FactKind.CHILD_PROTECTION, EnumSet.of(RecordKind.CP_PLAN));
    }
}
