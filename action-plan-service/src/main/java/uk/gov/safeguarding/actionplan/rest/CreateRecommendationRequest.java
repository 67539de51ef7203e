package uk.gov.safeguarding.actionplan.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.domain.Recommendation;

@Schema(name = "CreateRecommendation", description = "A recommendation of the source, as its report numbers it")
public record CreateRecommendationRequest(
        @NotNull @Pattern(regexp = "^[A-Za-z0-9.()-]{1,20}$", message = "must be 1 to 20 letters, digits or . ( ) -")
        @Schema(examples = "1") String number,
        @Size(max = 500) @Schema(description = "The report's paragraphs or sections, as written; ranges allowed",
                examples = "39, 40, 54 – 57") String references,
        @Size(max = 300) @Schema(examples = "Frontline capacity and caseloads") String theme,
        @NotBlank @Size(max = 10_000) String text,
        @Size(max = 300) @Schema(examples = "Director of Children's Services") String addressedTo,
        @Schema(description = "The council's response, when given") Recommendation.Response response,
        @Size(max = 4000) @Schema(description = "Why, when partly or not accepted") String responseReason) {
}
