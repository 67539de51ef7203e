package uk.gov.safeguarding.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The statistical neighbours' average of a figure, computed from the neighbours' own stored values the way
 * the DfE's benchmarking tools average them: the plain mean of each neighbour's figure, to one decimal
 * place. Given only when at least half the neighbours have a figure that month, so two councils' data do
 * not pass for the average of ten.
 *
 * @param reporting how many neighbours had a figure
 */
public record NeighbourAverage(BigDecimal value, int reporting) {

    public static final int MIN_SHARE_DENOMINATOR = 2;

    public static NeighbourAverage of(List<BigDecimal> figures, int neighbours) {
        List<BigDecimal> present = figures.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty() || present.size() * MIN_SHARE_DENOMINATOR < neighbours) {
            return new NeighbourAverage(null, present.size());
        }
        BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new NeighbourAverage(sum.divide(BigDecimal.valueOf(present.size()), 1, RoundingMode.HALF_UP), present.size());
    }
}
