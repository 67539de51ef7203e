package uk.gov.safeguarding.audit.service;

import java.time.Instant;
import java.util.UUID;

/**
 * safeguarding.audits.v1 sample drawn (and extended): enough to re-draw with the population, never a
 * case or the sample's title.
 */
public record SampleDrawn(UUID sampleId, String localAuthority, String populationSource, int populationSize,
                          String populationSha256, String seed, String algorithm, String algorithmVersion, int size,
                          Instant drawnAt) {
}
