package uk.gov.safeguarding.actionplan.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.repository.ActionUpdateRow;

@Schema(name = "ProgressUpdateRecorded", description = "A progress update as recorded")
public record UpdateView(UUID id, UUID actionId, LocalDate writtenOn, String author, String text, String ownerRag,
                         String evidenceUrl, String evidenceSha256, Instant recordedAt) {

    static UpdateView of(ActionUpdateRow row) {
        return new UpdateView(row.id, row.actionId, row.writtenOn, row.author, row.text,
                row.ownerRag == null ? null : row.ownerRag.name(), row.evidenceUrl, row.evidenceSha256, row.recordedAt);
    }
}
