package uk.gov.safeguarding.audit.domain.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case audit's judgements: a grade for each of the tool's domains and one overall, all on the tool's scale.
 * Submitting needs every domain graded and the overall grade; a draft may hold some.
 */
public record CaseAuditGrades(Map<String, String> byDomain, String overall) {

    public CaseAuditGrades {
        byDomain = byDomain == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(byDomain));
    }

    /** @throws AuditRefused naming the first domain or grade that does not fit the tool */
    public void checkAgainst(List<String> domains, GradeScale scale, boolean complete) {
        for (Map.Entry<String, String> graded : byDomain.entrySet()) {
            if (!domains.contains(graded.getKey())) {
                throw new AuditRefused("grades." + graded.getKey(), "is not a domain of this tool: one of " + domains);
            }
            if (!scale.has(graded.getValue())) {
                throw new AuditRefused("grades." + graded.getKey(), "'" + graded.getValue() + "' is not a grade of "
                        + scale.name() + ": one of " + scale.grades());
            }
        }
        if (overall != null && !scale.has(overall)) {
            throw new AuditRefused("overall", "'" + overall + "' is not a grade of " + scale.name() + ": one of "
                    + scale.grades());
        }
        if (complete) {
            for (String domain : domains) {
                if (!byDomain.containsKey(domain)) {
                    throw new AuditRefused("grades." + domain, "is needed to submit: every domain is graded");
                }
            }
            if (overall == null) {
                throw new AuditRefused("overall", "is needed to submit");
            }
        }
    }
}
