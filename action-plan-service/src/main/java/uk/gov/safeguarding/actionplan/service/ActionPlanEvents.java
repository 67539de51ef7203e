package uk.gov.safeguarding.actionplan.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The payloads of safeguarding.actions.v1. Identities, codes, people's subject ids and dates only: titles,
 * recommendations' words, actions' descriptions and updates' text are free text and stay in the service.
 */
public final class ActionPlanEvents {

    private ActionPlanEvents() {
    }

    /** A source created. */
    public record SourceEvent(UUID sourceId, String type, List<String> localAuthorities, LocalDate publishedOn,
                              LocalDate responseDue, String externalRef, String createdBy, Instant createdAt) {
    }

    /** A recommendation created, or its response recorded. */
    public record RecommendationEvent(UUID recommendationId, UUID sourceId, String number, List<String> references,
                                      String response, String externalRef, String createdBy, Instant at) {
    }

    /**
     * An action created, its status changed (completed and verified too), its due date revised, or progress
     * recorded: where it stands after the change.
     */
    public record ActionEvent(UUID actionId, UUID recommendationId, UUID sourceId, List<String> localAuthorities,
                              String owner, String ownerAgency, String status, String previousStatus,
                              LocalDate dueDate, LocalDate originalDueDate, int revisions, String rag, String ownerRag,
                              String approvedByBoard, String impactKpi, String by, Instant at) {
    }
}
