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
 * Contacts whose referrer was told the outcome within {@code feedbackWorkingDays} (default 5) working
 * days of the decision, over contacts decided in the month. A referrer not yet told is not in timescale.
 */
@Singleton
public class ReferrerInformedInTimescale extends DecidedContacts {

    public static final String WORKING_DAYS = "feedbackWorkingDays";
    public static final int DEFAULT_WORKING_DAYS = 5;

    @Override
    public String code() {
        return "REFERRER_INFORMED_IN_TIMESCALE";
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<ContactFact> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        int allowed = parameters.get(WORKING_DAYS, DEFAULT_WORKING_DAYS);
        return tally(month, facts, fact -> fact.referrerInformedAt() != null
                && calendar.workingDaysAfter(LondonTime.date(fact.decidedAt()),
                LondonTime.date(fact.referrerInformedAt())) <= allowed, false);
    }
}
