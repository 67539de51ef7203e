package uk.gov.safeguarding.audit.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UseSample", description = "The dip sample an audit's case audits come from")
public record UseSampleRequest(@NotNull UUID sampleId) {
}
