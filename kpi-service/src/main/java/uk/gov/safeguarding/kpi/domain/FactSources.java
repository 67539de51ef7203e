package uk.gov.safeguarding.kpi.domain;

import java.util.List;

/** A store of facts and the kinds of fact it can load: the catalogue finds every {@link FactSource} here. */
public interface FactSources {

    List<FactSource<?>> factSources();
}
