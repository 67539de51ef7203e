package uk.gov.safeguarding.audit.rest;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.repository.LogEntries;

@Schema(name = "LogEntry", description = "One activity-log entry as the log holds it")
public record LogEntryView(
        @Schema(description = "Its place in the log, from 0: the leaf index of its proofs", examples = "1042") long seq,
        @Schema(description = "The CloudEvents id it was published with", examples = "0193d5a4-6f1e-7a2b-9c3d-4e5f60718293")
        String eventId,
        @Schema(examples = "contacts-service") String service,
        @Schema(description = "The token subject who acted", examples = "jane.smith") String actor,
        @Schema(examples = "contact.read") String action,
        @Schema(examples = "contact") String resourceType,
        @Schema(examples = "0193d5a4-1111-7a2b-9c3d-4e5f60718293") String resourceId,
        @Schema(description = "Pseudonymous refs of the children whose records were read or changed") List<String> childRefs,
        @Schema(examples = "SUCCESS") String outcome,
        @Schema(examples = "200") Integer status,
        Instant occurredAt,
        Instant appendedAt,
        @Schema(description = "The exact text its leaf hashes: RFC 8785 canonical JSON of the entry and its event id")
        String canonical,
        @Schema(description = "SHA-256(0x00 ‖ canonical), base64") String leafHash) {

    static LogEntryView of(LogEntries.Row row) {
        return new LogEntryView(row.seq(), row.eventId(), row.service(), row.actor(), row.action(), row.resourceType(),
                row.resourceId(), row.childRefs(), row.outcome(), row.status(), row.occurredAt(), row.appendedAt(),
                row.canonical(), Base64.getEncoder().encodeToString(row.leafHash()));
    }
}
