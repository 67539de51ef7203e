package uk.gov.safeguarding.kpi.domain.calculations;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.KpiParameters;
import uk.gov.safeguarding.kpi.domain.Tally;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * Contacts progressing for further intervention (outcome CIN_REFERRAL or STRATEGY_DISCUSSION) over
 * contacts decided in the month, in all and by source.
 */
@Singleton
public class ContactsProgressed extends DecidedContacts {

    @Override
    public String code() {
        return "CONTACTS_PROGRESSED";
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<ContactFact> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        return tally(month, facts, ContactFact::progressed, true);
    }
}
