package uk.gov.safeguarding.testsupport.hostile;

import java.util.Map;

/**
 * One request a hostile or careless caller might send.
 *
 * @param kind          the family of mutation, for the counts printed after a run
 * @param description   what was changed, to reproduce a failure
 * @param target        path and query, already percent-encoded
 * @param authorization the Authorization header, or {@code null} for none
 */
public record HostileRequest(ApiOperation operation, String kind, String description, String target,
                             String authorization, Map<String, String> headers, byte[] body) {
}
