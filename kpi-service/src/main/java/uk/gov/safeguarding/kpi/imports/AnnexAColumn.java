package uk.gov.safeguarding.kpi.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A column of an Ofsted Annex A list, found in a header by its name as the guidance writes it (case and
 * spacing aside) or by the looser pattern councils' exports are known to use (liiatools' field list).
 */
record AnnexAColumn(String name, Pattern loosely, boolean required) {

    static AnnexAColumn required(String name, String loosely) {
        return new AnnexAColumn(name, Pattern.compile(loosely, Pattern.CASE_INSENSITIVE), true);
    }

    static AnnexAColumn optional(String name, String loosely) {
        return new AnnexAColumn(name, Pattern.compile(loosely, Pattern.CASE_INSENSITIVE), false);
    }

    static AnnexAColumn exact(String name, boolean required) {
        return new AnnexAColumn(name, Pattern.compile("^" + Pattern.quote(normalise(name)) + "$"), required);
    }

    /** The header column this is, exact name first. */
    Optional<String> findIn(List<String> header) {
        String wanted = normalise(name);
        return header.stream().filter(column -> normalise(column).equals(wanted)).findFirst()
                .or(() -> header.stream().filter(column -> loosely.matcher(column.trim()).matches()
                        || loosely.matcher(normalise(column)).matches()).findFirst());
    }

    static String normalise(String column) {
        return column.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
