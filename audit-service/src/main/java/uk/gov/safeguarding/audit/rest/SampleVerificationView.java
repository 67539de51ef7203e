package uk.gov.safeguarding.audit.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.domain.sampling.Redraw;

@Schema(name = "SampleVerification", description = "The sample drawn again from its stored population and seed")
public record SampleVerificationView(
        @Schema(description = "True when the population's hash and every drawn case match") boolean matches,
        boolean populationMatches,
        boolean drawMatches,
        @Schema(description = "The population's hash worked out now") String populationSha256,
        @Schema(description = "Ranks where the record and the re-draw differ") List<Difference> differences) {

    @Schema(name = "SampleDifference")
    public record Difference(int rank, String recorded, String redrawn) {
    }

    static SampleVerificationView of(Redraw.Result r) {
        return new SampleVerificationView(r.matches(), r.populationMatches(), r.drawMatches(), r.populationSha256(),
                r.differences().stream().map(d -> new Difference(d.rank(), d.recorded(), d.redrawn())).toList());
    }
}
