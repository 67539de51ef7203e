package uk.gov.safeguarding.audit.service;

import java.time.Instant;
import java.util.UUID;

/**
 * safeguarding.audits.v1 escalation raised, acknowledged and overdue: which child (pseudonymous ref), when,
 * by whom and by when it must be acknowledged. Never the concern itself.
 */
public record EscalationEvent(UUID escalationId, String localAuthority, UUID auditId, String childRef, String raisedBy,
                              Instant raisedAt, Instant dueBy, String acknowledgedBy, Instant acknowledgedAt) {
}
