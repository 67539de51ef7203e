package uk.gov.safeguarding.audit.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.service.DrawnSample;

@Schema(name = "Sample", description = "A dip sample as drawn: everything a re-draw needs, and the cases in ticket order")
public record SampleView(
        UUID id,
        @Schema(examples = "E06000015") String localAuthority,
        String title,
        @Schema(description = "EXPLICIT (a list given), CONTACTS or PRACTICE_RECORDS (a filter over another service)",
                examples = "EXPLICIT") String populationSource,
        @Schema(description = "The filter the population was fetched by (JSON, as asked); null for a list given",
                examples = "{\"source\":\"CONTACTS\",\"contactSource\":\"1A\",\"minEarlierContacts\":2}")
        String populationFilter,
        @Schema(examples = "412") int populationSize,
        @Schema(description = "SHA-256 of the population's ids in order, each followed by a newline, hex")
        String populationSha256,
        @Schema(examples = "01382438112797316654") String seed,
        @Schema(description = "GIVEN or SECURE_RANDOM") String seedSource,
        @Schema(examples = "consistent-sampler") String algorithm,
        String algorithmVersion,
        @Schema(examples = "20") int size,
        @Schema(description = "When the size was worked out: the confidence, margin and proportion expected")
        SizeBasis sizeBasis,
        String createdBy,
        Instant createdAt,
        @Schema(description = "The cases drawn, first ticket first; empty in lists") List<Case> cases) {

    @Schema(name = "SampleSizeBasis")
    public record SizeBasis(double confidence, double margin, double expectedProportion) {
    }

    @Schema(name = "SampleCase")
    public record Case(@Schema(examples = "1") int rank,
                       @Schema(examples = "DB1234567") String caseId,
                       @Schema(description = "Its ticket, as consistent_sampler writes it (all digits)") String ticket) {
    }

    static SampleView of(DrawnSample s) {
        List<Case> cases = new java.util.ArrayList<>(s.cases().size());
        for (int i = 0; i < s.cases().size(); i++) {
            cases.add(new Case(i + 1, s.cases().get(i).caseId(), s.cases().get(i).number()));
        }
        return new SampleView(s.id(), s.localAuthority(), s.title(), s.populationSource(), s.populationFilter(),
                s.populationSize(),
                s.populationSha256(), s.seed(), s.seedSource(), s.algorithm(), s.algorithmVersion(), s.size(),
                s.confidence() == null ? null : new SizeBasis(s.confidence(), s.margin(), s.expected()),
                s.createdBy(), s.createdAt(), cases);
    }
}
