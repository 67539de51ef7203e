package uk.gov.safeguarding.kpi.domain.calculations;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.KpiCalculation;
import uk.gov.safeguarding.kpi.domain.KpiParameters;
import uk.gov.safeguarding.kpi.domain.Tally;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/** Contacts (per child) received in the month, in all and by source. */
@Singleton
public class ContactsReceived implements KpiCalculation<ContactFact> {

    @Override
    public String code() {
        return "CONTACTS_RECEIVED";
    }

    @Override
    public FactKind<ContactFact> reads() {
        return FactKind.CONTACTS;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<ContactFact> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        Map<Breakdown, Long> counts = new HashMap<>();
        counts.put(Breakdown.COUNCIL, 0L);
        for (ContactFact fact : facts) {
            if (fact.receivedIn(month)) {
                counts.merge(Breakdown.COUNCIL, (long) fact.children(), Long::sum);
                counts.merge(Breakdown.source(fact.source()), (long) fact.children(), Long::sum);
            }
        }
        Map<Breakdown, Tally> tallies = new HashMap<>();
        counts.forEach((breakdown, count) -> tallies.put(breakdown, Tally.count(count)));
        return tallies;
    }
}
