package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ReviewChainTest {

    private static final List<UnaryOperator<LocalDate>> SIX_MONTHS = List.of(date -> date.plusMonths(6));

    @Test
    void eachReviewIsDueFromTheOneBeforeAndAMissedOneFromItsDueDate() {
        List<ReviewChain.Due> dues = ReviewChain.dues(LocalDate.parse("2021-04-10"), SIX_MONTHS,
                List.of(LocalDate.parse("2021-04-01")), LocalDate.parse("2022-12-31"));
        assertThat(dues).containsExactly(
                new ReviewChain.Due(LocalDate.parse("2021-04-10"), true),
                new ReviewChain.Due(LocalDate.parse("2021-10-01"), false),
                new ReviewChain.Due(LocalDate.parse("2022-04-01"), false),
                new ReviewChain.Due(LocalDate.parse("2022-10-01"), false));
    }

    @Test
    void nothingIsDueAfterTheEnd() {
        assertThat(ReviewChain.dues(LocalDate.parse("2021-04-10"), SIX_MONTHS, List.of(), LocalDate.parse("2021-04-09")))
                .isEmpty();
    }
}
