package uk.gov.safeguarding.testsupport.architecture.sample.domain;

import jakarta.ws.rs.core.Response;

/** Breaks "domain knows nothing of HTTP". */
public class HttpAwareDomain {

    public int status(Response response) {
        return response.getStatus();
    }
}
