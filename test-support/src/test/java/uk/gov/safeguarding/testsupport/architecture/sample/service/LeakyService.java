package uk.gov.safeguarding.testsupport.architecture.sample.service;

import uk.gov.safeguarding.testsupport.architecture.sample.rest.SampleRequest;

/** Breaks "REST is an adapter": a service taking the API's request type. */
public class LeakyService {

    public String handle(SampleRequest request) {
        return request.text();
    }
}
