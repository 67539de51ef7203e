package uk.gov.safeguarding.kpi.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a batch of practice records (or the rows of an Annex A file) changed, and which failed "
        + "and why. Counts are of what was sent: records of a batch, rows of a file; a row is stored whole or not at all")
public record BatchReport(@Schema(description = "Records (or rows) received", examples = "1000") long received,
                          @Schema(description = "Records (or rows) stored", examples = "996") long stored,
                          @Schema(description = "Records deleted", examples = "2") long deleted,
                          @Schema(description = "Records (or rows) refused: nothing of them was stored", examples = "2")
                          long failed,
                          @Schema(description = "Records the stored ones made: an Annex A row of List 7 or 8 makes its "
                                  + "plan or episode, last visit and latest review", examples = "996")
                          long recordsStored,
                          List<RecordError> errors) {
}
