package uk.gov.safeguarding.kpi.domain.calculations;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.KpiCalculation;
import uk.gov.safeguarding.kpi.domain.KpiParameters;
import uk.gov.safeguarding.kpi.domain.Tally;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * Children with at least one earlier contact in the previous 12 months, over children in contacts
 * received in the month; counted by contacts-service at intake and carried on its events.
 */
@Singleton
public class RepeatContacts implements KpiCalculation<ContactFact> {

    @Override
    public String code() {
        return "REPEAT_CONTACTS";
    }

    @Override
    public FactKind<ContactFact> reads() {
        return FactKind.CONTACTS;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<ContactFact> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        Tally tally = Tally.EMPTY;
        for (ContactFact fact : facts) {
            if (fact.receivedIn(month)) {
                tally = tally.plus(new Tally(fact.repeatChildren(), fact.children()));
            }
        }
        return Map.of(Breakdown.COUNCIL, tally);
    }
}
