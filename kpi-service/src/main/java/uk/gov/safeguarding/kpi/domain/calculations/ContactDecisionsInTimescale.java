package uk.gov.safeguarding.kpi.domain.calculations;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.KpiParameters;
import uk.gov.safeguarding.kpi.domain.Tally;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * Contacts whose decision was authorised within {@code decisionWorkingDays} (default 1) working days
 * of receipt, over contacts decided in the month. Day of receipt is day 0: decided the next working
 * day is 1 working day. Counted with this service's calendar, so a bank holiday added later counts.
 */
@Singleton
public class ContactDecisionsInTimescale extends DecidedContacts {

    public static final String WORKING_DAYS = "decisionWorkingDays";
    public static final int DEFAULT_WORKING_DAYS = 1;

    @Override
    public String code() {
        return "CONTACT_DECISIONS_IN_TIMESCALE";
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<ContactFact> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        int allowed = parameters.get(WORKING_DAYS, DEFAULT_WORKING_DAYS);
        return tally(month, facts, fact -> calendar.workingDaysAfter(LondonTime.date(fact.receivedAt()),
                LondonTime.date(fact.decidedAt())) <= allowed, false);
    }
}
