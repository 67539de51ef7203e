package uk.gov.safeguarding.kpi.rest;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.rest.CsvTable;

@Schema(description = "A council's threshold breaches, the latest first")
public record BreachesView(List<BreachView> items) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return Arrays.asList("kpi_code", "kpi_name", "local_authority", "run_start", "breached_in", "first_red_month",
                "last_red_month", "breach_after_red_months", "status", "announced_at", "withdrawn_at");
    }

    @Override
    public Iterable<List<?>> csvRows() {
        return items.stream().<List<?>>map(breach -> Arrays.asList(breach.kpiCode(), breach.kpiName(),
                breach.localAuthority(), breach.runStart(), breach.breachedIn(), breach.firstRedMonth(),
                breach.lastRedMonth(),
                breach.breachAfterRedMonths(), breach.status(), breach.announcedAt(), breach.withdrawnAt())).toList();
    }
}
