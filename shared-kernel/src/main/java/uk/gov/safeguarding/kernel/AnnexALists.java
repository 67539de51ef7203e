package uk.gov.safeguarding.kernel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of Ofsted's Annex A lists (1 to 11) a sheet or file holds, told by its header row, not by the
 * sheet's name or place: each list has columns no other list has (the template's own names, case and
 * spacing aside).
 */
public final class AnnexALists {

    /** Per list, columns that only it has; a header with all of one list's is that list. */
    private static final Map<Integer, List<String>> DISTINCTIVE = Map.ofEntries(
            Map.entry(1, List.of("Date of Contact", "Contact Source")),
            Map.entry(2, List.of("Assessment start date", "Organisation completing assessment")),
            Map.entry(3, List.of("Date of referral", "Referral Source")),
            Map.entry(4, List.of("Continuous Assessment Start Date")),
            Map.entry(5, List.of("Strategy discussion initiating Section 47 Enquiry Start Date")),
            Map.entry(6, List.of("CIN Start Date")),
            Map.entry(7, List.of("Child Protection Plan Start Date")),
            Map.entry(8, List.of("Date Started to be Looked After")),
            Map.entry(9, List.of("Eligibility Category")),
            Map.entry(10, List.of("Date of Decision that Child Should be Placed for Adoption")),
            Map.entry(11, List.of("Individual adopter identifier")));

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(1, "contacts"), Map.entry(2, "early help"), Map.entry(3, "referrals"),
            Map.entry(4, "assessments"), Map.entry(5, "section 47 enquiries and ICPCs"),
            Map.entry(6, "children in need"), Map.entry(7, "child protection"), Map.entry(8, "children in care"),
            Map.entry(9, "care leavers"), Map.entry(10, "adoption"), Map.entry(11, "adopters"));

    private AnnexALists() {
    }

    /** The list a header row is, or empty when it is none of them. */
    public static OptionalInt numberOf(List<String> header) {
        Set<String> columns = header.stream().map(HeaderNames::normalise).collect(Collectors.toSet());
        for (int list = 1; list <= 11; list++) {
            if (DISTINCTIVE.get(list).stream().map(HeaderNames::normalise).allMatch(columns::contains)) {
                return OptionalInt.of(list);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Why a sheet with this header is not read by a service that reads the lists {@code used}; null when it
     * is one of them. The reasons a council reads in an upload's report.
     */
    public static String whyNotRead(List<String> header, Set<Integer> used) {
        if (header.isEmpty()) {
            return "the sheet is empty";
        }
        OptionalInt list = numberOf(header);
        if (list.isEmpty()) {
            return "its header is not that of an Annex A list";
        }
        return used.contains(list.getAsInt()) ? null : describe(list.getAsInt()) + " is not used by this service";
    }

    /** "List 7 (child protection)". */
    public static String describe(int list) {
        return "List " + list + " (" + NAMES.getOrDefault(list, "unknown") + ")";
    }

    /** The columns that tell a list apart, for a message when a header is none. */
    public static List<String> distinctiveColumns(int list) {
        return DISTINCTIVE.getOrDefault(list, List.of());
    }

}
