package uk.gov.safeguarding.kpi.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.kpi.domain.AnnouncedBreach;
import uk.gov.safeguarding.kpi.domain.Change;
import uk.gov.safeguarding.kpi.domain.KpiDefinition;
import uk.gov.safeguarding.kpi.domain.MonthFigures;
import uk.gov.safeguarding.kpi.domain.RedRun;
import uk.gov.safeguarding.kpi.repository.StoredValue;

/**
 * The events of {@value #TOPIC}, written to the outbox in the transaction that publishes the figures.
 * The aggregate is one KPI of one council ({@code CODE:council}), so its events keep their order.
 */
@ApplicationScoped
public class KpiEvents {

    public static final String TOPIC = Topics.KPIS;
    public static final String AGGREGATE = "kpi";
    public static final String MONTH_PUBLISHED = "month-published";
    public static final String THRESHOLD_BREACHED = "threshold-breached";
    public static final String THRESHOLD_BREACH_WITHDRAWN = "threshold-breach-withdrawn";

    private final Outbox outbox;

    public KpiEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public static String aggregateId(String kpiCode, String localAuthority) {
        return kpiCode + ":" + localAuthority;
    }

    public void monthPublished(KpiDefinition definition, StoredValue council, int version, Instant publishedAt) {
        MonthFigures figures = council.figures();
        outbox.publish(TOPIC, AGGREGATE, aggregateId(definition.code(), council.localAuthority()), MONTH_PUBLISHED,
                new MonthPublished(definition.code(), council.localAuthority(), council.month(), version, version > 1,
                        figures.tally().numerator(), figures.tally().denominator(), figures.value(),
                        figures.sixMonthAverage(), figures.changeOnLastMonth(), figures.changeOnLastYearPercent(),
                        definition.target(), definition.polarity(), definition.rate(figures.value()), publishedAt,
                        Change.reported(definition.unit(), figures.value(), figures.changeOnLastYear()).points()));
    }

    public void thresholdBreached(KpiDefinition definition, String localAuthority, RedRun run,
                                  List<ThresholdBreached.MonthValue> redMonths) {
        outbox.publish(TOPIC, AGGREGATE, aggregateId(definition.code(), localAuthority), THRESHOLD_BREACHED,
                new ThresholdBreached(definition.code(), definition.name(), localAuthority, run.start(),
                        run.breachedIn(definition.breachAfterRedMonths()), definition.breachAfterRedMonths(),
                        definition.target(), definition.amberTolerance(), definition.polarity(), redMonths));
    }

    public void thresholdBreachWithdrawn(KpiDefinition definition, String localAuthority, AnnouncedBreach breach,
                                         List<ThresholdBreachWithdrawn.MonthRating> months) {
        outbox.publish(TOPIC, AGGREGATE, aggregateId(definition.code(), localAuthority), THRESHOLD_BREACH_WITHDRAWN,
                new ThresholdBreachWithdrawn(definition.code(), definition.name(), localAuthority, breach.runStart(),
                        breach.breachedIn(), definition.breachAfterRedMonths(), definition.target(), months));
    }
}
