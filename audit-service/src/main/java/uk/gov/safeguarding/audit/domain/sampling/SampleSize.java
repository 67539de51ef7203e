package uk.gov.safeguarding.audit.domain.sampling;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How many cases to audit to state a proportion ("% judged good or better") within a margin at a confidence:
 * n0 = z² p (1 − p) / e², corrected for a population of N cases as n = n0 / (1 + (n0 − 1) / N), rounded up.
 * p is the proportion expected; 0.5 when nothing is known, which gives the largest n.
 */
public final class SampleSize {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private SampleSize() {
    }

    /** The size, its parts, and what it was worked out from, to be stored with the draw. */
    public record Worked(int size, double z, double uncorrected, double confidence, double margin, double expected,
                         long population) {
    }

    public static Worked forProportion(double confidence, double margin, double expected, long population) {
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new SampleRefused("confidence", "must be above 0.5 and below 1, e.g. 0.95");
        }
        if (!(margin > 0 && margin < 0.5)) {
            throw new SampleRefused("margin", "must be above 0 and below 0.5, e.g. 0.1 for ten percentage points");
        }
        if (!(expected > 0 && expected < 1)) {
            throw new SampleRefused("expectedProportion", "must be above 0 and below 1; 0.5 when nothing is known");
        }
        if (population < 1) {
            throw new SampleRefused("population", "has no cases to sample");
        }
        // two-sided: the margin is either side of the proportion found
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double n0 = z * z * expected * (1 - expected) / (margin * margin);
        double corrected = n0 / (1 + (n0 - 1) / population);
        // a hair of floating-point error must not add a case: 96.00000000001 is 96
        int size = (int) Math.min(population, Math.ceil(corrected - 1e-9));
        return new Worked(Math.max(1, size), z, n0, confidence, margin, expected, population);
    }
}
