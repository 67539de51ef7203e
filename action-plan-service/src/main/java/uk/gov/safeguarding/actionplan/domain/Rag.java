package uk.gov.safeguarding.actionplan.domain;

/** Red, amber, green; blue once complete or verified. A cancelled action has none. */
public enum Rag { RED, AMBER, GREEN, BLUE }
