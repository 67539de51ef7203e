package uk.gov.safeguarding.kpi.domain;

import java.time.Month;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** The year councils and the DfE report over: April to March, written {@code 2021-22}. */
public record ReportingYear(int startYear) implements Comparable<ReportingYear> {

    public static final Pattern FORMAT = Pattern.compile("^(\\d{4})-(\\d{2})$");

    public static ReportingYear of(YearMonth month) {
        return new ReportingYear(month.getMonth().compareTo(Month.APRIL) >= 0 ? month.getYear() : month.getYear() - 1);
    }

    /** @throws IllegalArgumentException unless text is like {@code 2024-25} with consecutive years */
    public static ReportingYear parse(String text) {
        var matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("must be a reporting year such as 2024-25");
        }
        int start = Integer.parseInt(matcher.group(1));
        if ((start + 1) % 100 != Integer.parseInt(matcher.group(2))) {
            throw new IllegalArgumentException("must be two consecutive years such as 2024-25");
        }
        return new ReportingYear(start);
    }

    @Override
    public String toString() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(ReportingYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
