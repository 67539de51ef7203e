package uk.gov.safeguarding.audit.domain.sampling;

import java.util.ArrayList;
import java.util.List;

/** A sample drawn again from its population and seed, held against what was drawn. */
public final class Redraw {

    private Redraw() {
    }

    /** A rank where the re-draw and the record differ. */
    public record Difference(int rank, String recorded, String redrawn) {
    }

    public record Result(boolean populationMatches, boolean drawMatches, String populationSha256,
                         List<Difference> differences) {

        public boolean matches() {
            return populationMatches && drawMatches;
        }
    }

    public static Result check(Population population, String recordedSha256, String seed, List<DipSample.Ticket> recorded) {
        String sha256 = population.sha256();
        List<DipSample.Ticket> redrawn = new DipSample(seed).draw(population.caseIds(), recorded.size());
        List<Difference> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(recorded.size(), redrawn.size()); i++) {
            DipSample.Ticket was = i < recorded.size() ? recorded.get(i) : null;
            DipSample.Ticket now = i < redrawn.size() ? redrawn.get(i) : null;
            if (was == null || !was.equals(now)) {
                differences.add(new Difference(i + 1, was == null ? null : was.caseId(), now == null ? null : now.caseId()));
            }
        }
        return new Result(sha256.equals(recordedSha256), differences.isEmpty(), sha256, differences);
    }
}
