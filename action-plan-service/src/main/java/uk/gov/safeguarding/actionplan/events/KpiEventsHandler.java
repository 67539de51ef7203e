package uk.gov.safeguarding.actionplan.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import uk.gov.safeguarding.actionplan.domain.KpiMonth;
import uk.gov.safeguarding.actionplan.service.ImpactMeasures;
import uk.gov.safeguarding.actionplan.service.KpiExceptions;
import uk.gov.safeguarding.chassis.events.EventHandler;
import uk.gov.safeguarding.chassis.events.ReceivedEvent;
import uk.gov.safeguarding.chassis.events.UnreadableEvent;
import uk.gov.safeguarding.kernel.Topics;

/**
 * Takes threshold-breached and threshold-breach-withdrawn from safeguarding.kpis.v1 ({@link KpiExceptions}), in
 * the inbox's transaction, and month-published for the impact measures of actions ({@link ImpactMeasures}: the latest
 * version of each month, whatever order they come in).
 */
@ApplicationScoped
public class KpiEventsHandler implements EventHandler {

    static final String BREACHED = "safeguarding.kpi.threshold-breached.v1";
    static final String WITHDRAWN = "safeguarding.kpi.threshold-breach-withdrawn.v1";
    static final String PUBLISHED = "safeguarding.kpi.month-published.v1";

    private final ObjectMapper json;
    private final KpiExceptions exceptions;
    private final ImpactMeasures months;

    public KpiEventsHandler(ObjectMapper json, KpiExceptions exceptions, ImpactMeasures months) {
        this.json = json;
        this.exceptions = exceptions;
        this.months = months;
    }

    @Override
    public String consumerName() {
        return "action-plan-service.kpis";
    }

    @Override
    public String topic() {
        return Topics.KPIS;
    }

    /** The fields of kpi-service's ThresholdBreached and ThresholdBreachWithdrawn this service reads. */
    record Breach(String kpiCode, String kpiName, String localAuthority, YearMonth runStart, YearMonth breachedIn,
                  Integer breachAfterRedMonths, BigDecimal target, String polarity, List<Object> redMonths) {
    }

    /** The fields of kpi-service's MonthPublished this service reads. */
    record Published(String kpiCode, String localAuthority, YearMonth month, Integer version, BigDecimal value,
                     BigDecimal target, String polarity, String rag, Instant publishedAt) {
    }

    @Override
    public void handle(ReceivedEvent event) {
        if (PUBLISHED.equals(event.type())) {
            Published month = published(event);
            months.record(new KpiMonth(month.kpiCode(), month.localAuthority(), month.month(), month.version(),
                    month.value(), month.target(), month.polarity(), month.rag()),
                    month.publishedAt() == null ? event.time() : month.publishedAt());
            return;
        }
        if (!BREACHED.equals(event.type()) && !WITHDRAWN.equals(event.type())) {
            return;
        }
        Breach breach = read(event);
        KpiExceptions.Breach taken = new KpiExceptions.Breach(breach.kpiCode(), breach.kpiName() == null
                ? breach.kpiCode() : breach.kpiName(), breach.localAuthority(), breach.runStart(), breach.breachedIn(),
                breach.breachAfterRedMonths() == null ? 0 : breach.breachAfterRedMonths(), breach.target(), breach.polarity());
        if (BREACHED.equals(event.type())) {
            exceptions.open(taken);
        } else {
            exceptions.withdraw(taken, "The breach was withdrawn by kpi-service: revised figures or a new target end "
                    + "the run of red months from " + breach.runStart() + ".");
        }
    }

    private Published published(ReceivedEvent event) {
        if (event.data() == null) {
            throw new UnreadableEvent("the event has no body");
        }
        try {
            Published month = json.readValue(event.data(), Published.class);
            if (month.kpiCode() == null || month.localAuthority() == null || month.month() == null
                    || month.version() == null) {
                throw new UnreadableEvent("a month published names its KPI, council, month and version");
            }
            return month;
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("the body is not a month published: " + e.getOriginalMessage());
        }
    }

    private Breach read(ReceivedEvent event) {
        if (event.data() == null) {
            throw new UnreadableEvent("the event has no body");
        }
        try {
            Breach breach = json.readValue(event.data(), Breach.class);
            if (breach.kpiCode() == null || breach.localAuthority() == null || breach.runStart() == null
                    || breach.breachedIn() == null) {
                throw new UnreadableEvent("a threshold breach names its KPI, council, first red month and month breached");
            }
            return breach;
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("the body is not a threshold breach: " + e.getOriginalMessage());
        }
    }
}
