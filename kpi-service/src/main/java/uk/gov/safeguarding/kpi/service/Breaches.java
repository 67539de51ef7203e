package uk.gov.safeguarding.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.kpi.domain.KpiDefinition;
import uk.gov.safeguarding.kpi.repository.BreachRepository;
import uk.gov.safeguarding.kpi.repository.BreachRow;

/** The threshold breaches announced for a council, as the board and analysts read them. */
@ApplicationScoped
public class Breaches {

    public enum Status { STANDING, WITHDRAWN }

    /** A breach as stored, with the name of its KPI (null if the KPI has left the catalogue). */
    public record Breach(BreachRow row, String kpiName) {

        public Status status() {
            return row.withdrawnAt() == null ? Status.STANDING : Status.WITHDRAWN;
        }
    }

    private final BreachRepository breaches;
    private final ReferenceData referenceData;

    public Breaches(BreachRepository breaches, ReferenceData referenceData) {
        this.breaches = breaches;
        this.referenceData = referenceData;
    }

    public List<Breach> list(String localAuthority, String kpiCode, Status status) {
        Map<String, KpiDefinition> definitions = referenceData.current().byCode();
        if (kpiCode != null && !definitions.containsKey(kpiCode)) {
            throw ProblemException.invalid("kpi", "is not a KPI code; GET /api/v1/kpis lists them");
        }
        Boolean withdrawn = status == null ? null : status == Status.WITHDRAWN;
        return breaches.list(localAuthority, kpiCode, withdrawn).stream()
                .map(row -> new Breach(row, definitions.containsKey(row.kpiCode())
                        ? definitions.get(row.kpiCode()).name() : null)).toList();
    }
}
