package uk.gov.safeguarding.actionplan.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.repository.DueDateRevisionRow;

@Schema(name = "DueDateRevision", description = "A due date asked to move, and its decision")
public record RevisionView(UUID id, UUID actionId, LocalDate fromDate, LocalDate toDate, String reason,
                           String requestedBy, Instant requestedAt, String decidedBy,
                           @Schema(description = "null while waiting for a decision") Boolean approved, Instant decidedAt) {

    static RevisionView of(DueDateRevisionRow row) {
        return new RevisionView(row.id, row.actionId, row.fromDate, row.toDate, row.reason, row.requestedBy,
                row.requestedAt, row.decidedBy, row.approved, row.decidedAt);
    }
}
