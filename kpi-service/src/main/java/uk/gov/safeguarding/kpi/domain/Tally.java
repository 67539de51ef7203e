package uk.gov.safeguarding.kpi.domain;

/** A KPI's numerator and denominator for one council, month and breakdown. */
public record Tally(long numerator, long denominator) {

    public static final Tally EMPTY = new Tally(0, 0);

    public Tally {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("A tally cannot be negative");
        }
    }

    /** One month of a count KPI: see {@link KpiUnit}. */
    public static Tally count(long count) {
        return new Tally(count, 1);
    }

    public Tally plus(Tally other) {
        return new Tally(numerator + other.numerator, denominator + other.denominator);
    }
}
