package uk.gov.safeguarding.audit.domain.audit;

import java.util.List;

/**
 * The grades an audit tool judges by, best first, and how many of them count as "good or better". Ofsted's
 * four-point scale by default; a council's tool may carry another, as frameworks change.
 */
public record GradeScale(String name, List<String> grades, int goodOrBetter) {

    public static final GradeScale OFSTED_FOUR_POINT = new GradeScale("Ofsted four-point",
            List.of("OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE"), 2);

    public GradeScale {
        if (grades == null || grades.size() < 2 || grades.stream().distinct().count() != grades.size()) {
            throw new AuditRefused("grades", "a scale has at least two distinct grades, best first");
        }
        if (goodOrBetter < 1 || goodOrBetter >= grades.size()) {
            throw new AuditRefused("goodOrBetter", "must leave at least one grade on each side");
        }
        grades = List.copyOf(grades);
    }

    public boolean has(String grade) {
        return grades.contains(grade);
    }

    /** Whether {@code grade} is good or better on this scale. */
    public boolean isGoodOrBetter(String grade) {
        int rank = grades.indexOf(grade);
        if (rank < 0) {
            throw new AuditRefused("grade", "'" + grade + "' is not a grade of " + name + ": one of " + grades);
        }
        return rank < goodOrBetter;
    }
}
