package uk.gov.safeguarding.kpi.domain;

/**
 * Which way a KPI improves: most are higher-is-better; CP plans lasting 2+ years is lower-is-better;
 * volumes such as contacts received or open cases are watched, not aimed at.
 */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NEITHER
}
