package uk.gov.safeguarding.audit.service;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * safeguarding.audits.v1 case audit submitted and moderated: which case (pseudonymous ref) of which audit, its
 * grades (codes of the tool's scale) and, once moderated, the moderator's beside them and whether they agreed.
 * Never answers' comments, strengths, areas for development or actions: those stay in this service.
 */
public record CaseAuditEvent(UUID caseAuditId, UUID auditId, String localAuthority, String childRef, String team,
                             String auditor, Map<String, String> grades, String overall, Instant submittedAt,
                             String moderator, Map<String, String> moderatedGrades, String moderatedOverall,
                             Boolean moderationAgrees, Instant moderatedAt) {
}
