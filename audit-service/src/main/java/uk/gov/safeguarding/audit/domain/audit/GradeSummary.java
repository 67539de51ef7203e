package uk.gov.safeguarding.audit.domain.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The headline figures of submitted case audits, as practice reviews report them ("75% of cases reviewed judged
 * good or better"): overall, by domain, team, audit type, theme and reporting quarter, with the grade distribution
 * of each. A moderated case counts with its moderated grades: the moderator's are the ones that stand.
 */
public final class GradeSummary {

    /** Counts from 1 to this are hidden when suppression is asked for. */
    public static final int SMALL = 5;

    /** One submitted case audit, as the summary needs it. */
    public record GradedCase(String team, AuditType type, String theme, String quarter, GradeScale scale, String overall,
                             Map<String, String> byDomain) {
    }

    /**
     * A line of the summary: {@code dimension} (overall, domain, team, type, theme, quarter) and its value.
     * Suppressed counts are null; so is a percentage a suppressed count would let a reader work out.
     */
    public record Line(String dimension, String value, Integer cases, Integer goodOrBetter, Double percentGoodOrBetter,
                       Map<String, Integer> grades, boolean suppressed) {

        Line suppress() {
            boolean small = isSmall(cases) || isSmall(goodOrBetter) || isSmall(cases - goodOrBetter);
            Map<String, Integer> shown = new LinkedHashMap<>();
            boolean any = small;
            for (Map.Entry<String, Integer> grade : grades.entrySet()) {
                boolean hide = isSmall(grade.getValue());
                any |= hide;
                shown.put(grade.getKey(), hide ? null : grade.getValue());
            }
            return new Line(dimension, value, isSmall(cases) ? null : cases, isSmall(goodOrBetter) ? null : goodOrBetter,
                    small ? null : percentGoodOrBetter, shown, any);
        }
    }

    private GradeSummary() {
    }

    static boolean isSmall(Integer count) {
        return count != null && count >= 1 && count <= SMALL;
    }

    /** Every line, overall first; {@code suppress} hides counts of 1 to 5. */
    public static List<Line> of(List<GradedCase> cases, boolean suppress) {
        List<Line> lines = new ArrayList<>();
        lines.add(line("overall", "all", cases, GradedCase::overall));
        TreeMap<String, List<GradedCase>> byDomain = new TreeMap<>();
        for (GradedCase graded : cases) {
            graded.byDomain().keySet().forEach(domain -> byDomain.computeIfAbsent(domain, d -> new ArrayList<>()).add(graded));
        }
        byDomain.forEach((domain, graded) -> lines.add(line("domain", domain, graded, c -> c.byDomain().get(domain))));
        group(lines, "team", cases, GradedCase::team);
        group(lines, "type", cases, c -> c.type().name());
        group(lines, "theme", cases, GradedCase::theme);
        group(lines, "quarter", cases, GradedCase::quarter);
        return suppress ? lines.stream().map(Line::suppress).toList() : lines;
    }

    private static void group(List<Line> lines, String dimension, List<GradedCase> cases, Function<GradedCase, String> key) {
        TreeMap<String, List<GradedCase>> groups = new TreeMap<>();
        for (GradedCase graded : cases) {
            String value = key.apply(graded);
            groups.computeIfAbsent(value == null ? "(none)" : value, v -> new ArrayList<>()).add(graded);
        }
        groups.forEach((value, graded) -> lines.add(line(dimension, value, graded, GradedCase::overall)));
    }

    private static Line line(String dimension, String value, List<GradedCase> cases, Function<GradedCase, String> grade) {
        int good = 0;
        // every grade of the scales used, best first, so a distribution reads the same way each time
        Map<String, Integer> grades = new LinkedHashMap<>();
        cases.stream().map(GradedCase::scale).distinct()
                .forEach(scale -> scale.grades().forEach(g -> grades.putIfAbsent(g, 0)));
        for (GradedCase graded : cases) {
            String given = grade.apply(graded);
            grades.merge(given, 1, Integer::sum);
            if (graded.scale().isGoodOrBetter(given)) {
                good++;
            }
        }
        Double percent = cases.isEmpty() ? null : Math.round(1000.0 * good / cases.size()) / 10.0;
        return new Line(dimension, value, cases.size(), good, percent, grades, false);
    }

    /** The reporting quarter of a date, April to March: {@code 2021-22 Q3} is October to December 2021. */
    public static String quarter(java.time.LocalDate day) {
        int month = day.getMonthValue();
        int start = month >= 4 ? day.getYear() : day.getYear() - 1;
        int quarter = month >= 4 ? (month - 4) / 3 + 1 : 4;
        return String.format("%d-%02d Q%d", start, (start + 1) % 100, quarter);
    }
}
