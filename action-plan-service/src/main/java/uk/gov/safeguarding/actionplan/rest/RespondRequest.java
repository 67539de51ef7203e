package uk.gov.safeguarding.actionplan.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.domain.Recommendation;

@Schema(name = "RecommendationResponse", description = "The council's response to a recommendation")
public record RespondRequest(@NotNull @Schema(examples = "PARTLY_ACCEPTED") Recommendation.Response response,
                             @Size(max = 4000) @Schema(examples = "Accepted for the MASH; the police lead their own")
                             String reason) {
}
