package uk.gov.safeguarding.chassis.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import uk.gov.safeguarding.chassis.text.SafeTextModule;

/** The REST mapper of every service (and every reader that uses it) refuses unsafe text. */
@Singleton
public class SafeJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SafeTextModule());
    }
}
