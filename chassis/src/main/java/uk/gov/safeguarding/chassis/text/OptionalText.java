package uk.gov.safeguarding.chassis.text;

/** An optional text a caller sends: blank is absent, the rest is trimmed. One rule for every request field. */
public final class OptionalText {

    private OptionalText() {
    }

    public static String of(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * As {@link #of(String)}, held to {@code max} characters.
     *
     * @throws uk.gov.safeguarding.chassis.problem.ProblemException 400 naming {@code name} when longer
     */
    public static String of(String name, String value, int max) {
        String text = of(value);
        if (text != null && text.length() > max) {
            throw uk.gov.safeguarding.chassis.problem.ProblemException.invalid(name, "is longer than " + max + " characters");
        }
        return text;
    }
}
