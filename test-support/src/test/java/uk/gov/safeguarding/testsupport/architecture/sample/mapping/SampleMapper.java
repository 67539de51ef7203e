package uk.gov.safeguarding.testsupport.architecture.sample.mapping;

import uk.gov.safeguarding.testsupport.architecture.sample.rest.SampleRequest;
import uk.gov.safeguarding.testsupport.architecture.sample.service.SampleCommand;

/** Allowed: mapping stands between REST and the service. */
public final class SampleMapper {

    private SampleMapper() {
    }

    public static SampleCommand toCommand(SampleRequest request) {
        return new SampleCommand(request.text());
    }
}
