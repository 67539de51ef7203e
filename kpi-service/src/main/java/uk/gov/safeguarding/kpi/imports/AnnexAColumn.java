package uk.gov.safeguarding.kpi.imports;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import uk.gov.safeguarding.kernel.HeaderNames;

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
        return new AnnexAColumn(name, Pattern.compile("^" + Pattern.quote(HeaderNames.normalise(name)) + "$"), required);
    }

    /** The index of the header column this is, exact name first. */
    OptionalInt findIn(List<String> header) {
        String wanted = HeaderNames.normalise(name);
        for (int i = 0; i < header.size(); i++) {
            if (HeaderNames.normalise(header.get(i)).equals(wanted)) {
                return OptionalInt.of(i);
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (loosely.matcher(column.trim()).matches() || loosely.matcher(HeaderNames.normalise(column)).matches()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

}
