package uk.gov.safeguarding.testsupport.architecture.sample.repository;

import uk.gov.safeguarding.testsupport.architecture.sample.service.SampleCommand;

/** Breaks "repositories take their own query types". */
public class ServiceAwareRepository {

    public String find(SampleCommand command) {
        return command.text();
    }
}
