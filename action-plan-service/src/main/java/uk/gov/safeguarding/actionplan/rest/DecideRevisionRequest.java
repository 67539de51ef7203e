package uk.gov.safeguarding.actionplan.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecideDueDateRevision", description = "Approve or refuse a revised due date")
public record DecideRevisionRequest(@NotNull @Schema(examples = "true") Boolean approve) {
}
