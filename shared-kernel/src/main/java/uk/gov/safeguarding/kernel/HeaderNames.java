package uk.gov.safeguarding.kernel;

import java.util.Locale;

/**
 * How a column's header is compared with the names a service knows it by: case, the spaces around it and runs
 * of spaces or line breaks inside it (Word and Excel wrap long headers) do not count.
 */
public final class HeaderNames {

    private HeaderNames() {
    }

    public static String normalise(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
