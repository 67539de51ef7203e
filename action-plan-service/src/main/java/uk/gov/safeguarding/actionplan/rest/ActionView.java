package uk.gov.safeguarding.actionplan.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.repository.ActionRow;
import uk.gov.safeguarding.actionplan.service.Actions;

@Schema(name = "Action", description = "An action as it stands: its RAG by the council's rules beside its owner's own")
public record ActionView(UUID id, UUID recommendationId, String what, String owner, String ownerRole, String ownerAgency,
                         List<String> partners,
                         @Schema(description = "NOT_STARTED, IN_PROGRESS, BLOCKED, COMPLETE, VERIFIED or CANCELLED") String status,
                         String statusReason, LocalDate dueDate,
                         @Schema(description = "The date first set: a revised date never hides it") LocalDate originalDueDate,
                         @Schema(description = "How many times the due date was revised") int revisions,
                         @Schema(description = "RED, AMBER, GREEN or BLUE (done); null when cancelled") String rag,
                         @Schema(description = "The owner's latest judgement") String ownerRag,
                         boolean hasEvidence, String approvedByBoard, LocalDate approvedOn, String impactKpi,
                         String impactDirection, BigDecimal impactTarget,
                         @Schema(description = "The impact KPI's latest figures, one for each council of the source")
                         List<ImpactView> impact,
                         String createdBy, Instant createdAt, Instant updatedAt) {

    static ActionView of(Actions.Standing standing) {
        ActionRow row = standing.action();
        return new ActionView(row.id, row.recommendationId, row.what, row.owner, row.ownerRole, row.ownerAgency,
                List.of(row.partners), row.status.name(), row.statusReason, row.dueDate, row.originalDueDate,
                row.revisions, standing.rag() == null ? null : standing.rag().name(),
                standing.ownerRag() == null ? null : standing.ownerRag().name(), row.hasEvidence, row.approvedByBoard,
                row.approvedOn, row.impactKpi, row.impactDirection, row.impactTarget,
                standing.impact().stream().map(ImpactView::of).toList(), row.createdBy, row.createdAt,
                row.updatedAt);
    }
}
