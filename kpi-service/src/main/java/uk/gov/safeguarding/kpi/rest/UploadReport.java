package uk.gov.safeguarding.kpi.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an upload stored and which rows failed, and why")
public record UploadReport(@Schema(examples = "16") long rowsRead, @Schema(examples = "15") long stored,
                           @Schema(examples = "1") long failed, List<RowError> errors) {
}
