package uk.gov.safeguarding.kpi.rest;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Contacts received in one month (per child), in all or from one source")
public record ContactVolumeRow(
        @Schema(examples = "E06000015") String localAuthority,
        YearMonth month,
        @Schema(description = "Null for all sources", examples = "6") String source,
        @Schema(examples = "2499") long contacts,
        @Schema(description = "Same month a year before; null when not known", examples = "1595") Long sameMonthLastYear,
        @Schema(description = "Percent, one decimal place", examples = "56.7") BigDecimal changeOnLastYearPercent,
        @Schema(description = "Contacts more (or fewer) than last month") BigDecimal changeOnLastMonth) {
}
