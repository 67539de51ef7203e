package uk.gov.safeguarding.audit.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RaiseRecommendation", description = "A recommendation of an audit, for action-plan-service to track")
public record RaiseRecommendationRequest(
        @Size(max = 50) @Schema(description = "The report's sections or paragraphs; ranges allowed", examples = "[\"4.2\", \"5.1-5.3\"]")
        List<@NotNull @Pattern(regexp = "^[A-Za-z0-9.]{1,20}( ?[-–] ?[A-Za-z0-9.]{1,20})?$",
                message = "must be a section or paragraph, or a range such as 5.1-5.3") String> references,
        @Size(max = 200) @Schema(examples = "Multi-agency working") String theme,
        @NotBlank @Size(max = 4000)
        @Schema(description = "No names or addresses", examples = "Education attend every strategy meeting for a school-age child")
        String text,
        @Size(max = 200) @Schema(examples = "Head of Service, Children's Social Care") String addressedTo) {
}
