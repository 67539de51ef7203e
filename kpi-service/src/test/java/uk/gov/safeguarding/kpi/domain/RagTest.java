package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RagTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void higherIsBetterMeetingTheTargetIsGreen() {
        assertThat(Rag.rate(n("95.0"), n("95"), n("5"), Polarity.HIGHER_IS_BETTER)).isEqualTo(Rag.GREEN);
        assertThat(Rag.rate(n("99.1"), n("95"), n("5"), Polarity.HIGHER_IS_BETTER)).isEqualTo(Rag.GREEN);
    }

    @Test
    void higherIsBetterWithinToleranceIsAmberBeyondIsRed() {
        assertThat(Rag.rate(n("90.0"), n("95"), n("5"), Polarity.HIGHER_IS_BETTER)).isEqualTo(Rag.AMBER);
        assertThat(Rag.rate(n("89.9"), n("95"), n("5"), Polarity.HIGHER_IS_BETTER)).isEqualTo(Rag.RED);
    }

    @Test
    void lowerIsBetterReadsTheOtherWay() {
        // CP plans ended after 2+ years: national 4.4%, target 5, tolerance 1.
        assertThat(Rag.rate(n("4.4"), n("5"), n("1"), Polarity.LOWER_IS_BETTER)).isEqualTo(Rag.GREEN);
        assertThat(Rag.rate(n("5.0"), n("5"), n("1"), Polarity.LOWER_IS_BETTER)).isEqualTo(Rag.GREEN);
        assertThat(Rag.rate(n("6.0"), n("5"), n("1"), Polarity.LOWER_IS_BETTER)).isEqualTo(Rag.AMBER);
        assertThat(Rag.rate(n("6.1"), n("5"), n("1"), Polarity.LOWER_IS_BETTER)).isEqualTo(Rag.RED);
    }

    @Test
    void noToleranceMeansAnyShortfallIsRed() {
        assertThat(Rag.rate(n("94.9"), n("95"), null, Polarity.HIGHER_IS_BETTER)).isEqualTo(Rag.RED);
    }

    @Test
    void nothingToRateGivesNoRating() {
        assertThat(Rag.rate(null, n("95"), n("5"), Polarity.HIGHER_IS_BETTER)).isNull();
        assertThat(Rag.rate(n("80"), null, n("5"), Polarity.HIGHER_IS_BETTER)).isNull();
        assertThat(Rag.rate(n("2300"), n("2000"), n("5"), Polarity.NEITHER)).isNull();
    }
}
