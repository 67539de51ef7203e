package uk.gov.safeguarding.audit.service;

import java.util.List;

/**
 * A sample to draw: from these cases, with this seed (one drawn from a secure random source when null), of this
 * size, or of the size a proportion needs at a confidence and margin.
 */
public record NewSample(String localAuthority, String title, List<String> caseIds, String seed, Integer size,
                        Double confidence, Double margin, Double expectedProportion) {
}
