package uk.gov.safeguarding.audit.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * safeguarding.audits.v1 recommendation raised, for action-plan-service: which audit, its number and the report's
 * references, who raised it and when, and where to read it. The recommendation's words are free text and stay
 * here: a consumer reads them from {@code href} with its own token (role integration), and that read is logged.
 */
public record RecommendationEvent(UUID recommendationId, UUID auditId, String localAuthority, String auditType,
                                  int number, List<String> references, String raisedBy, Instant raisedAt, String href) {
}
