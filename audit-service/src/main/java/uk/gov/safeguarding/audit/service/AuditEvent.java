package uk.gov.safeguarding.audit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * safeguarding.audits.v1 audit created, completed and cancelled: what kind of audit, of which council and teams,
 * with which tool version and sample, when, and where it stands. Never its theme, scope or any free text.
 */
public record AuditEvent(UUID auditId, String localAuthority, String type, List<String> methods, List<String> teams,
                         String leadAuditor, String toolKey, int toolVersion, UUID sampleId, String status,
                         LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
                         Long caseAudits) {
}
