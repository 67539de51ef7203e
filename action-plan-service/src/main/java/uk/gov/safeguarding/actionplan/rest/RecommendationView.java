package uk.gov.safeguarding.actionplan.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.repository.RecommendationRow;
import uk.gov.safeguarding.actionplan.service.Recommendations;

@Schema(name = "Recommendation", description = "A recommendation, its response and the progress its actions make")
public record RecommendationView(UUID id, UUID sourceId, String number, List<String> references, String theme,
                                 String text, String addressedTo, String response, String responseReason,
                                 @Schema(description = "IMPLEMENTED, WORK_IN_PROGRESS, NOT_IMPLEMENTED, SUPERSEDED or "
                                         + "NOT_ACCEPTED, from its actions") String progress,
                                 @Schema(description = "Its actions' statuses") List<String> actions,
                                 String externalRef, String createdBy, Instant createdAt) {

    static RecommendationView of(Recommendations.Tracked tracked) {
        RecommendationRow row = tracked.recommendation();
        return new RecommendationView(row.id, row.sourceId, row.number, List.of(row.refs), row.theme, row.text,
                row.addressedTo, row.response == null ? null : row.response.name(), row.responseReason,
                tracked.progress().name(), tracked.actions().stream().map(Enum::name).toList(), row.externalRef,
                row.createdBy, row.createdAt);
    }
}
