package uk.gov.safeguarding.contacts.rest;

/** Descriptions shared by the OpenAPI annotations of this service's operations. */
final class ProblemResponses {

    static final String NOT_FOUND = "No contact with this id";
    static final String CONFLICT = "The contact is not in a state that allows this step";
    static final String RULE = "The step breaks a rule of the front door, such as separation of duties";

    static final String VALIDATION_EXAMPLE = """
            {"type":"urn:safeguarding:problem:validation","title":"Request is not valid","status":400,
             "detail":"2 fields are not valid","instance":"/api/v1/contacts","requestId":"9f0c5e0e-7b7a-4c4e-a2f4-0f6c0e8c1d2a",
             "violations":[{"field":"children[0].childRef","message":"must be 1 to 20 letters or digits"},
                           {"field":"source","message":"must be a CIN census source code such as 1A, 2A, 6 or 10"}]}""";

    static final String SEPARATION_EXAMPLE = """
            {"type":"urn:safeguarding:problem:rule-violation","title":"Breaks a business rule","status":422,
             "detail":"The manager who authorises a decision must not be the practitioner who screened the contact",
             "instance":"/api/v1/contacts/0190c1de-7f40-7a53-9c1e-3c1f3b0c9f11/decision",
             "violations":[{"field":"decidedBy","message":"The manager who authorises a decision must not be the practitioner who screened the contact"}]}""";

    private ProblemResponses() {
    }
}
