package uk.gov.safeguarding.kpi.rest;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One change to a KPI's settings")
public record KpiChangeView(String kpiCode, Instant changedAt, String changedBy, String reason,
                            Map<String, Object> before, Map<String, Object> after) {
}
