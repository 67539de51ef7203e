package uk.gov.safeguarding.actionplan.rest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.domain.ImpactMeasure;

@Schema(name = "Impact", description = "Whether the action is working by the KPI it named, for one council: the latest "
        + "published value, its trend over the last six published months read in the action's direction, and whether "
        + "the target is met. Kept current from kpi-service's month-published events.")
public record ImpactView(String kpiCode, String localAuthority,
                         @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                 examples = "2021-11") YearMonth latestMonth,
                         BigDecimal latestValue,
                         @Schema(description = "The KPI's RAG for that month, by kpi-service") String latestRag,
                         @Schema(description = "The action's target, or else the KPI's") BigDecimal target,
                         @Schema(description = "Null when there is no target, no value yet or no direction") Boolean targetMet,
                         @Schema(description = "IMPROVING, STEADY, WORSENING or UNKNOWN (fewer than two months, or no "
                                 + "direction)") String trend,
                         List<Point> recent) {

    public record Point(@Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            examples = "2021-11") YearMonth month, BigDecimal value) {
    }

    static ImpactView of(ImpactMeasure.Impact impact) {
        return new ImpactView(impact.kpiCode(), impact.localAuthority(), impact.latestMonth(), impact.latestValue(),
                impact.latestRag(), impact.target(), impact.targetMet(), impact.trend().name(),
                impact.recent().stream().map(p -> new Point(p.month(), p.value())).toList());
    }
}
