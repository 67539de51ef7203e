package uk.gov.safeguarding.kpi.domain;

import java.time.YearMonth;
import java.util.List;

/** Reads the facts of one kind that can touch a council's month, for the KPIs that count them. */
public interface FactSource<F> {

    FactKind<F> kind();

    List<F> load(String localAuthority, YearMonth month);
}
