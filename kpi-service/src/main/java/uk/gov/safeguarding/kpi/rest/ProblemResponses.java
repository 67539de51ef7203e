package uk.gov.safeguarding.kpi.rest;

/** Descriptions shared by the OpenAPI annotations of this service's operations. */
final class ProblemResponses {

    static final String CSV = "text/csv";
    static final String NOT_FOUND_KPI = "No KPI with this code";
    static final String NOT_MODIFIED = "Not modified since the ETag or Last-Modified the caller sent";
    static final String FORMAT = "csv or json: the same as Accept: text/csv or application/json, for tools that cannot set headers";

    static final String VALIDATION_EXAMPLE = """
            {"type":"urn:safeguarding:problem:validation","title":"Request is not valid","status":400,
             "detail":"month: must be a month as YYYY-MM","instance":"/api/v1/scorecards/E06000015/2021-13",
             "requestId":"9f0c5e0e-7b7a-4c4e-a2f4-0f6c0e8c1d2a",
             "violations":[{"field":"month","message":"must be a month as YYYY-MM"}]}""";

    private ProblemResponses() {
    }
}
