package uk.gov.safeguarding.audit.service;

import java.util.List;

/**
 * A sample to draw: from these cases, with this seed (one drawn from a secure random source when null), of this
 * size, or of the size a proportion needs at a confidence and margin. The cases are a list given
 * ({@code populationSource} EXPLICIT) or fetched from another service by the filter {@code populationFilter}.
 */
public record NewSample(String localAuthority, String title, List<String> caseIds, String seed, Integer size,
                        Double confidence, Double margin, Double expectedProportion, String populationSource,
                        String populationFilter) {

    public static final String EXPLICIT = "EXPLICIT";
}
