package uk.gov.safeguarding.kpi.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.kpi.service.Breaches;

@Schema(description = "A run of red months long enough to breach a KPI's threshold, as announced")
public record BreachView(
        @Schema(example = "CONTACT_DECISIONS_IN_TIMESCALE") String kpiCode,
        @Schema(example = "Contact decisions in timescale") String kpiName,
        @Schema(example = "E06000015") String localAuthority,
        @Schema(description = "First red month of the run when it was announced: with the KPI and council, what "
                + "identifies the breach in its events", example = "2026-08") String runStart,
        @Schema(description = "The month the run became a breach, when announced", example = "2026-09") String breachedIn,
        @Schema(description = "First red month of the run as it stands now (late data can find earlier ones)",
                example = "2026-07") String firstRedMonth,
        @Schema(description = "Last red month of the run as it stands now", example = "2026-10") String lastRedMonth,
        @Schema(description = "Run length that made it a breach when announced", example = "2") int breachAfterRedMonths,
        @Schema(description = "STANDING, or WITHDRAWN when revised figures or a new target ended the run")
        Breaches.Status status,
        Instant announcedAt,
        @Schema(description = "When it was withdrawn; null while it stands") Instant withdrawnAt) {
}
