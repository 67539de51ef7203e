package uk.gov.safeguarding.audit.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.council.CouncilCode;

@Schema(name = "DrawSample", description = "A dip sample to draw from a list of cases: give a size, or a confidence and "
        + "margin for a proportion (\"% judged good or better\") to work one out")
public record DrawSampleRequest(
        @NotNull @CouncilCode @Schema(examples = "E06000015") String localAuthority,
        @NotBlank @Size(max = 200)
        @Schema(description = "What the sample is for; stays in this service, never in an event. No names.",
                examples = "Contacts made by family and friends three times or more, 2021")
        String title,
        @Size(min = 1, max = 1_000_000)
        @Schema(description = "The cases to draw from (pseudonymous refs or record ids: 1 to 64 letters, digits or "
                + ". _ : / -), in the order you hold them; checked by the draw, which names the first bad one. "
                + "Give this or populationQuery.")
        List<String> population,
        @Valid
        @Schema(description = "Or: the children found by a filter over contacts-service's contacts or kpi-service's "
                + "practice records, fetched with audit-service's own token")
        PopulationQueryRequest populationQuery,
        @Pattern(regexp = "^[0-9]{20,100}$", message = "must be 20 to 100 decimal digits")
        @Schema(description = "The seed, e.g. 20 dice rolled at the meeting that agreed the population; drawn from a "
                + "secure random source when left out", examples = "01382438112797316654")
        String seed,
        @Min(1) @Max(1_000_000) @Schema(description = "Cases to draw", examples = "20") Integer size,
        @DecimalMin(value = "0.5", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        @Schema(description = "For a worked-out size: the confidence, e.g. 0.95", examples = "0.95") Double confidence,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "0.5", inclusive = false)
        @Schema(description = "For a worked-out size: the margin either side, e.g. 0.1 for ten points", examples = "0.1")
        Double margin,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        @Schema(description = "For a worked-out size: the proportion expected (0.5 when nothing is known)", examples = "0.75")
        Double expectedProportion) {
}
