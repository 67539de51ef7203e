package uk.gov.safeguarding.actionplan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recommendation's references to its report, as councils write them: paragraphs and sections, with ranges
 * ("11, 15, 52", "39, 40, 54 – 57", "4.1-4.3"). Kept as written, one reference or range each; a range runs
 * from its first to its last, never backwards.
 */
public record ReportReferences(List<Reference> references) {

    private static final Pattern ONE = Pattern.compile("[A-Za-z]?\\d{1,6}(\\.\\d{1,6}){0,5}[a-z]?");
    private static final Pattern RANGE = Pattern.compile("(" + ONE.pattern() + ")\\s*[-–—]\\s*(" + ONE.pattern() + ")");
    private static final int MAX = 100;

    /** One paragraph or section, or a range of them. */
    public record Reference(String from, String to) {

        public boolean isRange() {
            return to != null;
        }

        @Override
        public String toString() {
            return to == null ? from : from + "-" + to;
        }
    }

    public ReportReferences {
        references = List.copyOf(references);
    }

    /** @throws ActionPlanRefused naming the part that is not a paragraph, section or range */
    public static ReportReferences parse(String text) {
        List<Reference> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new ReportReferences(found);
        }
        for (String part : text.split("[,;]|\\s+and\\s+")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher range = RANGE.matcher(trimmed);
            if (range.matches()) {
                String from = range.group(1);
                String to = range.group(3);
                if (compare(from, to) > 0) {
                    throw new ActionPlanRefused("references", "'" + trimmed + "' runs backwards");
                }
                found.add(new Reference(from, to));
            } else if (ONE.matcher(trimmed).matches()) {
                found.add(new Reference(trimmed, null));
            } else {
                throw new ActionPlanRefused("references", "'" + trimmed
                        + "' is not a paragraph, section or range such as 11, 4.2 or 54-57");
            }
            if (found.size() > MAX) {
                throw new ActionPlanRefused("references", "at most " + MAX + " references");
            }
        }
        return new ReportReferences(found);
    }

    public List<String> asText() {
        return references.stream().map(Reference::toString).toList();
    }

    /** Compares "4.10" after "4.9", numerically part by part, then by a part's letters. */
    static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            String l = left[i].replaceAll("\\D", "");
            String r = right[i].replaceAll("\\D", "");
            int byNumber = Integer.compare(Integer.parseInt(l), Integer.parseInt(r));
            if (byNumber != 0) {
                return byNumber;
            }
            int byText = left[i].compareTo(right[i]);
            if (byText != 0) {
                return byText;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
