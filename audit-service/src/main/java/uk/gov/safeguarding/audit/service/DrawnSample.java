package uk.gov.safeguarding.audit.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.audit.domain.sampling.DipSample;

/** A sample as drawn and stored: what it was drawn from and how, and the cases in ticket order. */
public record DrawnSample(UUID id, String localAuthority, String title, String populationSource,
                          String populationFilter, int populationSize,
                          String populationSha256, String seed, String seedSource, String algorithm,
                          String algorithmVersion, int size, Double confidence, Double margin, Double expected,
                          String createdBy, Instant createdAt, List<DipSample.Ticket> cases) {
}
