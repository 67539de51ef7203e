package uk.gov.safeguarding.kpi.domain;

import uk.gov.safeguarding.kpi.domain.facts.ContactFact;

/**
 * A kind of fact the service holds, and the type of its rows. A change to facts of one kind marks the
 * council's month for recomputation of every KPI that reads that kind.
 */
public record FactKind<F>(String name, Class<F> type) {

    public static final FactKind<ContactFact> CONTACTS = new FactKind<>("contacts", ContactFact.class);
}
