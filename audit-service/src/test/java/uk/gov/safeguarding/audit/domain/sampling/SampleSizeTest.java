package uk.gov.safeguarding.audit.domain.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleSizeTest {

    @ParameterizedTest(name = "{0} confidence, ±{1}, p={2}, N={3}: {4} cases")
    @CsvSource({
            // the textbook figures: 385 for ±5% at 95% from a large population; 278 of 1,000
            "0.95, 0.05, 0.5, 100000000, 385",
            "0.95, 0.05, 0.5, 1000, 278",
            "0.95, 0.10, 0.5, 100, 50",
            "0.90, 0.10, 0.5, 1000000, 68",
            "0.99, 0.05, 0.5, 10000, 623",
            // expecting 75% good or better needs fewer than knowing nothing
            "0.95, 0.10, 0.75, 100000, 72",
            // a population smaller than the sample is audited whole
            "0.95, 0.05, 0.5, 12, 12"})
    void sizesForAProportion(double confidence, double margin, double expected, long population, int size) {
        assertThat(SampleSize.forProportion(confidence, margin, expected, population).size()).isEqualTo(size);
    }

    @Test
    void keepsWhatItWasWorkedOutFrom() {
        SampleSize.Worked worked = SampleSize.forProportion(0.95, 0.05, 0.5, 1000);
        assertThat(worked.z()).isCloseTo(1.959964, within(1e-6));
        assertThat(worked.uncorrected()).isCloseTo(384.146, within(1e-3));
        assertThat(worked.population()).isEqualTo(1000);
    }

    @Test
    void refusesWhatHasNoMeaning() {
        assertThatThrownBy(() -> SampleSize.forProportion(1.0, 0.05, 0.5, 10))
                .isInstanceOfSatisfying(SampleRefused.class, e -> assertThat(e.field()).isEqualTo("confidence"));
        assertThatThrownBy(() -> SampleSize.forProportion(0.95, 0, 0.5, 10))
                .isInstanceOfSatisfying(SampleRefused.class, e -> assertThat(e.field()).isEqualTo("margin"));
        assertThatThrownBy(() -> SampleSize.forProportion(0.95, 0.05, 1, 10))
                .isInstanceOfSatisfying(SampleRefused.class, e -> assertThat(e.field()).isEqualTo("expectedProportion"));
        assertThatThrownBy(() -> SampleSize.forProportion(0.95, 0.05, 0.5, 0))
                .isInstanceOfSatisfying(SampleRefused.class, e -> assertThat(e.field()).isEqualTo("population"));
        assertThatThrownBy(() -> SampleSize.forProportion(Double.NaN, 0.05, 0.5, 10)).isInstanceOf(SampleRefused.class);
    }
}
