package uk.gov.safeguarding.audit.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.repository.RecommendationRow;

@Schema(name = "Recommendation", description = "A recommendation of an audit, numbered in the order raised")
public record RecommendationView(UUID id, UUID auditId, int number, List<String> references, String theme, String text,
                                 String addressedTo, String raisedBy, Instant raisedAt) {

    static RecommendationView of(RecommendationRow row) {
        return new RecommendationView(row.id, row.auditId, row.number, List.of(row.refs), row.theme, row.text,
                row.addressedTo, row.raisedBy, row.raisedAt);
    }
}
