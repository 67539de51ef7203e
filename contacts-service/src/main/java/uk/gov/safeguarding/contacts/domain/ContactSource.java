package uk.gov.safeguarding.contacts.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source of a contact or referral: the CIN census code list, also used by Ofsted Annex A List 1,
 * with the census years each code is valid for (5D arrived in 2023-24).
 */
public enum ContactSource {
    S1A("1A", "Individual: family member, relative or carer"),
    S1B("1B", "Individual: acquaintance (including neighbours and child minders)"),
    S1C("1C", "Individual: self"),
    S1D("1D", "Individual: other (including strangers)"),
    S2A("2A", "Schools"),
    S2B("2B", "Education services"),
    S3A("3A", "Health services: GP"),
    S3B("3B", "Health services: health visitor"),
    S3C("3C", "Health services: school nurse"),
    S3D("3D", "Health services: other primary health services"),
    S3E("3E", "Health services: A&E"),
    S3F("3F", "Health services: other"),
    S4("4", "Housing: LA housing or housing association"),
    S5A("5A", "LA services: social care"),
    S5B("5B", "LA services: other internal"),
    S5C("5C", "LA services: external (another LA)"),
    S5D("5D", "LA services: early help", 2023),
    S6("6", "Police"),
    S7("7", "Other legal agency"),
    S8("8", "Other"),
    S9("9", "Anonymous"),
    S10("10", "Unknown");

    /** Annex A's lettered form, e.g. {@code a) 1A: Individual} or {@code p1) 5D: LA services}. */
    private static final Pattern LETTERED = Pattern.compile("^\\s*(?:[a-z]\\d?\\)\\s*)?(\\d{1,2}[A-Fa-f]?)\\s*(?::.*)?$");

    private final String code;
    private final String description;
    private final int firstCensusYear;

    ContactSource(String code, String description) {
        this(code, description, 2008);
    }

    ContactSource(String code, String description, int firstCensusYear) {
        this.code = code;
        this.description = description;
        this.firstCensusYear = firstCensusYear;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** The first census year (the year it starts in, e.g. 2023 for 2023-24) that has this code. */
    public int firstCensusYear() {
        return firstCensusYear;
    }

    /** Whether the code existed on this date: census years run from 1 April. */
    public boolean isValidOn(java.time.LocalDate date) {
        int censusYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return censusYear >= firstCensusYear;
    }

    /** Accepts the census code ({@code 1A}) or Annex A's lettered form ({@code a) 1A: Individual}). */
    public static Optional<ContactSource> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = LETTERED.matcher(value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String code = matcher.group(1).toUpperCase(Locale.ROOT);
        for (ContactSource source : values()) {
            if (source.code.equals(code)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
