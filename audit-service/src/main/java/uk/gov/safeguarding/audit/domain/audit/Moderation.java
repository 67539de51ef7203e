package uk.gov.safeguarding.audit.domain.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A second auditor's look at a submitted case audit: agrees, or gives other grades with a reason. Never the
 * auditor who audited the case. Both sets of grades are kept; a moderation agrees when the overall grade and
 * every domain's stand.
 */
public record Moderation(String moderator, CaseAuditGrades grades, String reason) {

    /** @throws AuditRefused when the moderator audited the case, or changed grades without a reason */
    public static Moderation of(String auditor, String moderator, CaseAuditGrades audited, CaseAuditGrades moderated,
                                String reason, java.util.List<String> domains, GradeScale scale) {
        if (Objects.equals(auditor, moderator)) {
            throw AuditRefused.wrongState("a case audit is moderated by a second auditor, never the one who audited it");
        }
        moderated.checkAgainst(domains, scale, true);
        Moderation moderation = new Moderation(moderator, moderated, reason);
        if (!moderation.agreesWith(audited) && (reason == null || reason.isBlank())) {
            throw new AuditRefused("reason", "changing a grade needs the reason");
        }
        return moderation;
    }

    public boolean agreesWith(CaseAuditGrades audited) {
        return Objects.equals(audited.overall(), grades.overall()) && audited.byDomain().equals(grades.byDomain());
    }

    /** The share of moderations that agreed, as a percentage to one decimal place; null when there are none. */
    public static Double agreementRate(Collection<Map.Entry<CaseAuditGrades, Moderation>> moderated) {
        if (moderated.isEmpty()) {
            return null;
        }
        long agreed = moderated.stream().filter(pair -> pair.getValue().agreesWith(pair.getKey())).count();
        return Math.round(1000.0 * agreed / moderated.size()) / 10.0;
    }
}
