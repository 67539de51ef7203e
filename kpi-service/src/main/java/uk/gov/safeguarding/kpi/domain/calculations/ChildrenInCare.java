package uk.gov.safeguarding.kpi.domain.calculations;

import jakarta.inject.Singleton;
import java.util.EnumSet;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;

/** Children with a looked-after (CLA) episode open on the last day of the month. */
@Singleton
public class ChildrenInCare extends ChildrenAtMonthEnd {

    public ChildrenInCare() {
        super("CHILDREN_IN_CARE", FactKind.CHILDREN_IN_CARE, EnumSet.of(RecordKind.CLA_EPISODE));
    }
}
