package uk.gov.safeguarding.chassis.text;

/** An optional text a caller sends: blank is absent, the rest is trimmed. One rule for every request field. */
public final class OptionalText {

    private OptionalText() {
    }

    public static String of(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
