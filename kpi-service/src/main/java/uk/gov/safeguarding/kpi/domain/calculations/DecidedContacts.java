package uk.gov.safeguarding.kpi.domain.calculations;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.KpiCalculation;
import uk.gov.safeguarding.kpi.domain.Tally;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;

/**
 * The shape shared by the KPIs over "contacts decided in the month": the denominator is every child of
 * a contact decided in the month, the numerator those whose contact passes the KPI's test.
 */
abstract class DecidedContacts implements KpiCalculation<ContactFact> {

    @Override
    public FactKind<ContactFact> reads() {
        return FactKind.CONTACTS;
    }

    static Map<Breakdown, Tally> tally(YearMonth month, List<ContactFact> facts, Predicate<ContactFact> counted,
                                       boolean bySource) {
        Map<Breakdown, Tally> tallies = new HashMap<>();
        tallies.put(Breakdown.COUNCIL, Tally.EMPTY);
        for (ContactFact fact : facts) {
            if (!fact.decidedIn(month)) {
                continue;
            }
            Tally one = new Tally(counted.test(fact) ? fact.children() : 0, fact.children());
            tallies.merge(Breakdown.COUNCIL, one, Tally::plus);
            if (bySource) {
                tallies.merge(Breakdown.source(fact.source()), one, Tally::plus);
            }
        }
        return tallies;
    }
}
