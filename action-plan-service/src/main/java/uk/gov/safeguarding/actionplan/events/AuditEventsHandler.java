package uk.gov.safeguarding.actionplan.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.actionplan.service.AuditIntake;
import uk.gov.safeguarding.chassis.events.EventHandler;
import uk.gov.safeguarding.chassis.events.ReceivedEvent;
import uk.gov.safeguarding.chassis.events.UnreadableEvent;
import uk.gov.safeguarding.kernel.Topics;

/**
 * Takes recommendation-raised from safeguarding.audits.v1: the recommendation waits in the intake, in the inbox's
 * transaction, until its words are read from audit-service ({@link AuditIntake}). Other audit events are not
 * this service's business.
 */
@ApplicationScoped
public class AuditEventsHandler implements EventHandler {

    static final String RAISED = "safeguarding.recommendation.raised.v1";

    private final ObjectMapper json;
    private final AuditIntake intake;

    public AuditEventsHandler(ObjectMapper json, AuditIntake intake) {
        this.json = json;
        this.intake = intake;
    }

    @Override
    public String consumerName() {
        return "action-plan-service.audits";
    }

    @Override
    public String topic() {
        return Topics.AUDITS;
    }

    /** As audit-service publishes it (its RecommendationEvent). */
    record Raised(UUID recommendationId, UUID auditId, String localAuthority, String auditType, Integer number,
                  List<String> references, String raisedBy, Instant raisedAt, String href) {
    }

    @Override
    public void handle(ReceivedEvent event) {
        if (!RAISED.equals(event.type())) {
            return;
        }
        Raised raised = read(event);
        intake.receive(new AuditIntake.Raised(raised.recommendationId(), raised.auditId(), raised.localAuthority(),
                raised.auditType(), raised.number(), raised.references() == null ? List.of() : raised.references(),
                raised.href(), raised.raisedBy(), raised.raisedAt()));
    }

    private Raised read(ReceivedEvent event) {
        if (event.data() == null) {
            throw new UnreadableEvent("the event has no body");
        }
        try {
            Raised raised = json.readValue(event.data(), Raised.class);
            if (raised.recommendationId() == null || raised.auditId() == null || raised.localAuthority() == null
                    || raised.number() == null || raised.raisedAt() == null) {
                throw new UnreadableEvent("a recommendation raised names its id, audit, council, number and time");
            }
            return raised;
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("the body is not a recommendation raised: " + e.getOriginalMessage());
        }
    }
}
