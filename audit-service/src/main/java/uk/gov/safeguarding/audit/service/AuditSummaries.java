package uk.gov.safeguarding.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.audit.domain.audit.AuditType;
import uk.gov.safeguarding.audit.domain.audit.CaseAuditGrades;
import uk.gov.safeguarding.audit.domain.audit.GradeSummary;
import uk.gov.safeguarding.audit.domain.audit.Moderation;
import uk.gov.safeguarding.audit.repository.AuditRow;
import uk.gov.safeguarding.audit.repository.AuditToolRow;
import uk.gov.safeguarding.audit.repository.CaseAuditRow;
import uk.gov.safeguarding.kernel.LondonTime;

/**
 * The summary of submitted case audits (the query around {@link GradeSummary}): good or better overall and by
 * domain, team, audit type, theme and quarter; moderation agreement; escalations open and overdue (never
 * suppressed: they are for the managers who must act on them, not for publication).
 */
@ApplicationScoped
public class AuditSummaries {

    private final EntityManager entityManager;

    public AuditSummaries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Filter(String localAuthority, LocalDate from, LocalDate to, AuditType type, String theme,
                         boolean suppress) {
    }

    public record Summary(Filter filter, List<GradeSummary.Line> lines, Integer moderated, Integer moderationAgreed,
                          Double moderationAgreementPercent, long escalationsOpen, long escalationsOverdue) {
    }

    @Transactional
    public Summary summarise(Filter filter) {
        StringBuilder where = new StringBuilder("c.status = 'SUBMITTED' and c.auditId = a.id and a.toolId = t.id"
                + " and a.status <> 'CANCELLED'");
        Map<String, Object> values = new HashMap<>();
        if (filter.localAuthority() != null) {
            where.append(" and a.localAuthority = :council");
            values.put("council", filter.localAuthority());
        }
        if (filter.from() != null) {
            where.append(" and c.submittedAt >= :from");
            values.put("from", filter.from().atStartOfDay(LondonTime.ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and c.submittedAt < :to");
            values.put("to", filter.to().plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant());
        }
        if (filter.type() != null) {
            where.append(" and a.type = :type");
            values.put("type", filter.type());
        }
        if (filter.theme() != null) {
            where.append(" and lower(a.theme) = lower(:theme)");
            values.put("theme", filter.theme());
        }
        var query = entityManager.createQuery("select c, a, t from CaseAuditRow c, AuditRow a, AuditToolRow t where "
                + where + " order by c.submittedAt, c.id", Object[].class);
        values.forEach(query::setParameter);
        List<GradeSummary.GradedCase> cases = new ArrayList<>();
        List<Map.Entry<CaseAuditGrades, Moderation>> moderations = new ArrayList<>();
        for (Object[] found : query.getResultList()) {
            CaseAuditRow row = (CaseAuditRow) found[0];
            AuditRow audit = (AuditRow) found[1];
            AuditToolRow tool = (AuditToolRow) found[2];
            CaseAuditGrades audited = new CaseAuditGrades(row.grades, row.overall);
            CaseAuditGrades standing = audited;
            if (row.moderatedAt != null) {
                standing = new CaseAuditGrades(row.moderatedGrades, row.moderatedOverall);
                moderations.add(new AbstractMap.SimpleEntry<>(audited,
                        new Moderation(row.moderator, standing, row.moderationReason)));
            }
            cases.add(new GradeSummary.GradedCase(row.team, audit.type, audit.theme,
                    GradeSummary.quarter(row.submittedAt.atZone(LondonTime.ZONE).toLocalDate()), tool.tool().scale(),
                    standing.overall(), standing.byDomain()));
        }
        int agreed = (int) moderations.stream().filter(m -> m.getValue().agreesWith(m.getKey())).count();
        boolean hide = filter.suppress() && (isSmall(moderations.size()) || isSmall(agreed)
                || isSmall(moderations.size() - agreed));
        return new Summary(filter, GradeSummary.of(cases, filter.suppress()),
                filter.suppress() && isSmall(moderations.size()) ? null : moderations.size(),
                filter.suppress() && isSmall(agreed) ? null : agreed, hide ? null : Moderation.agreementRate(moderations),
                escalations(filter, false), escalations(filter, true));
    }

    private static boolean isSmall(int count) {
        return count >= 1 && count <= GradeSummary.SMALL;
    }

    private long escalations(Filter filter, boolean overdue) {
        String sql = "SELECT count(*) FROM escalation WHERE acknowledged_at IS NULL"
                + (filter.localAuthority() == null ? "" : " AND local_authority = :council")
                + (overdue ? " AND due_by <= :now" : "");
        var query = entityManager.createNativeQuery(sql);
        if (filter.localAuthority() != null) {
            query.setParameter("council", filter.localAuthority());
        }
        if (overdue) {
            query.setParameter("now", Instant.now());
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
