package uk.gov.safeguarding.kpi.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * How one KPI is counted. Each KPI is a class of its own implementing this, with a row in the
 * catalogue of the same code: adding a KPI is adding both, nothing else.
 *
 * @param <F> the facts it counts
 */
public interface KpiCalculation<F> {

    /** The catalogue code, e.g. {@code CONTACTS_PROGRESSED}. */
    String code();

    FactKind<F> reads();

    /**
     * Counts one council's month. {@code facts} holds at least every fact of the council that can
     * touch the month (the loader of the fact kind decides how wide to read); facts outside it must be
     * ignored. Always answers the council-wide tally, plus any breakdowns the KPI has.
     */
    Map<Breakdown, Tally> count(YearMonth month, List<F> facts, KpiParameters parameters, WorkingDayCalendar calendar);
}
