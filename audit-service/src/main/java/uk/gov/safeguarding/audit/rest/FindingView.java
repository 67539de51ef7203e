package uk.gov.safeguarding.audit.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.repository.FindingRow;

@Schema(name = "Finding", description = "A finding of an audit, numbered in the order recorded")
public record FindingView(UUID id, UUID auditId, int number,
                          @Schema(description = "STRENGTH, AREA_FOR_DEVELOPMENT or CONCERN") String kind, String text,
                          String recordedBy, Instant recordedAt) {

    static FindingView of(FindingRow row) {
        return new FindingView(row.id, row.auditId, row.number, row.kind, row.text, row.recordedBy, row.recordedAt);
    }
}
