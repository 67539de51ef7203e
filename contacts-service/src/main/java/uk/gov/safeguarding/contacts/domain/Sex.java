package uk.gov.safeguarding.contacts.domain;

import java.util.Locale;
import java.util.Optional;

/** CIN census 2024-25 {@code Sex}: M, F, or U (not known; required for an unborn child). */
public enum Sex {
    M, F, U;

    /** Accepts M/F/U, the older census codes 1/2/0/9 and Annex A's lettered gender values. */
    public static Optional<Sex> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]\\)\\s*", "");
        return switch (v) {
            case "m", "male", "1" -> Optional.of(M);
            case "f", "female", "2" -> Optional.of(F);
            case "u", "0", "9", "unknown", "not stated/recorded", "not stated", "not recorded", "neither",
                 "indeterminate" -> Optional.of(U);
            default -> Optional.empty();
        };
    }
}
