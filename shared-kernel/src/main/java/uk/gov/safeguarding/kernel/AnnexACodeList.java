package uk.gov.safeguarding.kernel;

/**
 * The coded columns of Ofsted's Annex A (Lists 1 to 8), each with the code list its drop-down offers:
 * the CIN census's codes (gender, ethnicity, source, category of abuse, need, reason for closure), the
 * SSDA903 return's (legal status, placement type and provider), and the template's yes/no.
 */
public enum AnnexACodeList {
    YES_NO("yes-no", "a yes/no value"),
    GENDER("gender", "a gender"),
    ETHNICITY("ethnicity", "an ethnicity code"),
    SOURCE("source", "a contact or referral source"),
    CATEGORY_OF_ABUSE("category-of-abuse", "a category of abuse"),
    NEED("need", "a need code"),
    REASON_FOR_CLOSURE("reason-for-closure", "a reason for closure"),
    LEGAL_STATUS("legal-status", "a legal status"),
    PLACEMENT_TYPE("placement-type", "a placement type"),
    PLACEMENT_PROVIDER("placement-provider", "a placement provider");

    private final String key;
    private final String what;

    AnnexACodeList(String key, String what) {
        this.key = key;
        this.what = what;
    }

    /** Its name in {@code annex-a-codes.csv}. */
    String key() {
        return key;
    }

    /** What a value of it is, for messages: "a placement type". */
    public String what() {
        return what;
    }
}
