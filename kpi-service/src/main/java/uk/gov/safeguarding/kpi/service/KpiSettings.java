package uk.gov.safeguarding.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.kpi.repository.KpiDefinitionChangeRow;
import uk.gov.safeguarding.kpi.repository.KpiDefinitionRow;
import uk.gov.safeguarding.kpi.repository.RecomputeQueue;

/**
 * Administrators' changes to targets, tolerances, breach runs and local timescale parameters. Each is
 * kept with who made it, when and why. A parameter change re-counts every month already computed.
 */
@ApplicationScoped
public class KpiSettings {

    private final KpiCatalogue catalogue;
    private final RecomputeQueue queue;
    private final ActivityLog activityLog;
    private final Actor actor;
    private final ReferenceData referenceData;

    public KpiSettings(KpiCatalogue catalogue, RecomputeQueue queue, ActivityLog activityLog, Actor actor,
                       ReferenceData referenceData) {
        this.catalogue = catalogue;
        this.queue = queue;
        this.activityLog = activityLog;
        this.actor = actor;
        this.referenceData = referenceData;
    }

    @Transactional
    public KpiDefinitionRow change(String code, KpiChange request) {
        KpiDefinitionRow row = catalogue.row(code).orElseThrow(() -> ProblemException.notFound("KPI", code));
        if (request.target() == null && request.amberTolerance() == null && request.breachAfterRedMonths() == null
                && (request.parameters() == null || request.parameters().isEmpty())) {
            throw ProblemException.invalid("target", "give at least one of target, amberTolerance, "
                    + "breachAfterRedMonths or parameters");
        }
        OneDecimalPlace.require("target", request.target());
        OneDecimalPlace.require("amberTolerance", request.amberTolerance());
        Map<String, Object> before = settings(row);
        if (request.parameters() != null) {
            for (String name : request.parameters().keySet()) {
                if (!row.parameters.containsKey(name)) {
                    throw ProblemException.invalid("parameters." + name, "is not a parameter of " + code
                            + (row.parameters.isEmpty() ? ", which has none" : "; it has " + row.parameters.keySet()));
                }
            }
        }
        boolean recount = request.parameters() != null && request.parameters().entrySet().stream()
                .anyMatch(entry -> !entry.getValue().equals(row.parameters.get(entry.getKey())));
        // Ratings are worked out when read, but breaches only when months are recomputed: a new target,
        // tolerance or run length can start a run of red months that no new data would ever report.
        boolean rerate = differs(request.target(), row.target) || differs(request.amberTolerance(), row.amberTolerance)
                || request.breachAfterRedMonths() != null && request.breachAfterRedMonths() != row.breachAfterRedMonths;
        if (request.target() != null) {
            row.target = request.target();
        }
        if (request.amberTolerance() != null) {
            row.amberTolerance = request.amberTolerance();
        }
        if (request.breachAfterRedMonths() != null) {
            row.breachAfterRedMonths = request.breachAfterRedMonths();
        }
        if (request.parameters() != null) {
            Map<String, Integer> parameters = new TreeMap<>(row.parameters);
            parameters.putAll(request.parameters());
            row.parameters = parameters;
        }
        Instant now = Instant.now();
        row.updatedAt = now;
        row.updatedBy = actor.id();
        KpiDefinitionChangeRow change = new KpiDefinitionChangeRow();
        change.kpiCode = code;
        change.changedAt = now;
        change.changedBy = actor.id();
        change.reason = request.reason();
        change.before = before;
        change.after = settings(row);
        change.persist();
        if ((recount || rerate) && catalogue.isComputed(code)) {
            queue.markComputedMonths(code, catalogue.factKindOf(code));
        }
        referenceData.invalidate();
        activityLog.recordSuccess(code);
        return row;
    }

    private static boolean differs(BigDecimal requested, BigDecimal current) {
        return requested != null && (current == null || requested.compareTo(current) != 0);
    }

    @Transactional
    public List<KpiDefinitionChangeRow> changes(String code) {
        catalogue.row(code).orElseThrow(() -> ProblemException.notFound("KPI", code));
        return KpiDefinitionChangeRow.list("kpiCode = ?1 ORDER BY changedAt DESC, id DESC", code);
    }

    private static Map<String, Object> settings(KpiDefinitionRow row) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("target", row.target);
        settings.put("amberTolerance", row.amberTolerance);
        settings.put("breachAfterRedMonths", row.breachAfterRedMonths);
        settings.put("parameters", new TreeMap<>(row.parameters));
        return settings;
    }
}
