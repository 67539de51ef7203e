package uk.gov.safeguarding.kpi.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a batch of practice records changed, and which records failed and why")
public record BatchReport(@Schema(examples = "1000") long received, @Schema(examples = "996") long stored,
                          @Schema(examples = "2") long deleted, @Schema(examples = "2") long failed,
                          List<RecordError> errors) {
}
