package uk.gov.safeguarding.actionplan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.safeguarding.actionplan.domain.ActionStatus;
import uk.gov.safeguarding.actionplan.domain.ReportReferences;
import uk.gov.safeguarding.actionplan.domain.SourceType;
import uk.gov.safeguarding.actionplan.repository.ActionRow;
import uk.gov.safeguarding.actionplan.repository.ActionUpdateRow;
import uk.gov.safeguarding.actionplan.repository.RecommendationRow;
import uk.gov.safeguarding.actionplan.repository.SourceRow;
import uk.gov.safeguarding.chassis.calendar.WorkingDays;
import uk.gov.safeguarding.kernel.LondonTime;

/**
 * A KPI red for its run of months (kpi-service's threshold-breached) opens a KPI exception: a source, one
 * recommendation to bring the KPI back to target, and a default action for the KPI's owner, due in
 * {@code suite.actions.kpi-exception-working-days} working days, measured by that KPI. On by default; a council
 * lists the KPIs it handles otherwise in {@code suite.actions.kpi-exceptions.off}. A breach withdrawn closes the
 * exception with that reason when no work has started; otherwise its owner finds a note on the action. Each
 * breach (KPI, council, first red month) is taken once.
 */
@ApplicationScoped
public class KpiExceptions {

    static final String ACTOR = "kpi-service";

    private final Sources sources;
    private final Recommendations recommendations;
    private final Actions actions;
    private final WorkingDays workingDays;
    private final Set<String> off;
    private final String defaultOwner;
    private final int workingDaysToAct;
    private final org.eclipse.microprofile.config.Config config;

    public KpiExceptions(Sources sources, Recommendations recommendations, Actions actions, WorkingDays workingDays,
                         @ConfigProperty(name = "suite.actions.kpi-exceptions.off", defaultValue = "none") Set<String> off,
                         @ConfigProperty(name = "suite.actions.kpi-exception-owner", defaultValue = "performance-lead")
                         String defaultOwner,
                         @ConfigProperty(name = "suite.actions.kpi-exception-working-days", defaultValue = "20")
                         int workingDaysToAct,
                         org.eclipse.microprofile.config.Config config) {
        this.sources = sources;
        this.recommendations = recommendations;
        this.actions = actions;
        this.workingDays = workingDays;
        this.off = off;
        this.defaultOwner = defaultOwner;
        this.workingDaysToAct = workingDaysToAct;
        this.config = config;
    }

    /** A breach as kpi-service announces it. */
    public record Breach(String kpiCode, String kpiName, String localAuthority, YearMonth runStart, YearMonth breachedIn,
                         int redMonths, BigDecimal target, String polarity) {

        String ref() {
            return "kpi-breach:" + kpiCode + ":" + localAuthority + ":" + runStart;
        }
    }

    /** Runs in the inbox's transaction. Returns whether an exception was opened (false: off, or taken before). */
    public boolean open(Breach breach) {
        if (off.contains(breach.kpiCode()) || SourceRow.count("externalRef", breach.ref()) > 0) {
            return false;
        }
        LocalDate today = LocalDate.now(LondonTime.ZONE);
        SourceRow source = sources.createFor(ACTOR, new Sources.NewSource(SourceType.KPI_EXCEPTION,
                "KPI exception: " + breach.kpiName() + ", red from " + breach.runStart() + " to " + breach.breachedIn(),
                List.of(breach.localAuthority()), "kpi-service", today, null,
                workingDays.calendar().plusWorkingDays(today, workingDaysToAct), breach.ref()), ActionPlanActions.KPI_INTAKE);
        RecommendationRow recommendation = recommendations.createFor(ACTOR, source.id, new Recommendations.NewRecommendation(
                "1", ReportReferences.parse(null), breach.kpiCode(),
                "Bring " + breach.kpiName() + " back to " + (breach.target() == null ? "its target"
                        : "its target of " + breach.target().stripTrailingZeros().toPlainString())
                        + " after " + breach.redMonths() + " red months", breach.kpiCode() + " owner",
                null, null, breach.ref() + ":recommendation"), ActionPlanActions.KPI_INTAKE).recommendation();
        String owner = config.getOptionalValue("suite.actions.kpi-owner." + breach.kpiCode(), String.class)
                .orElse(defaultOwner);
        actions.createFor(ACTOR, ActionPlanActions.KPI_INTAKE, recommendation.id, new Actions.NewAction(
                "Review why " + breach.kpiName() + " has been red since " + breach.runStart() + " and act on it",
                owner, null, null, List.of(), workingDays.calendar().plusWorkingDays(today, workingDaysToAct), null, null,
                breach.kpiCode(), "LOWER_IS_BETTER".equals(breach.polarity()) ? "DOWN" : "UP", breach.target()));
        return true;
    }

    /**
     * The breach withdrawn: actions not started and without updates are cancelled with that reason; any other
     * open action gets a note for its owner, who decides.
     */
    public void withdraw(Breach breach, String reason) {
        Optional<SourceRow> source = SourceRow.<SourceRow>find("externalRef", breach.ref()).firstResultOptional();
        if (source.isEmpty()) {
            return;
        }
        for (RecommendationRow recommendation : RecommendationRow.<RecommendationRow>list("sourceId", source.get().id)) {
            for (ActionRow action : ActionRow.<ActionRow>list("recommendationId", recommendation.id)) {
                if (action.status.isClosed()) {
                    continue;
                }
                boolean untouched = action.status == ActionStatus.NOT_STARTED
                        && ActionUpdateRow.count("actionId", action.id) == 0;
                if (untouched) {
                    actions.moveFor(ACTOR, ActionPlanActions.KPI_INTAKE, action, ActionStatus.CANCELLED, reason);
                } else {
                    actions.addUpdateFor(ACTOR, ActionPlanActions.KPI_INTAKE, action.id, new Actions.NewUpdate(null,
                            reason + " Work has started: the owner decides whether this action is still needed.",
                            null, null, null));
                }
            }
        }
    }
}
