package uk.gov.safeguarding.audit.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.service.Checkpoints;

@Schema(name = "Checkpoint", description = "A signed checkpoint of the log (C2SP tlog-checkpoint in a C2SP signed note)")
public record CheckpointView(
        @Schema(examples = "safeguarding-suite.local/activity-log") String origin,
        @Schema(description = "Entries in the tree it signs", examples = "1042") long treeSize,
        @Schema(description = "The RFC 6962 root hash, base64", examples = "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=")
        String rootHash,
        @Schema(description = "The signed note, exactly as published: keep it to check the log later") String note,
        Instant createdAt) {

    static CheckpointView of(Checkpoints.Signed signed) {
        return new CheckpointView(signed.origin(), signed.size(), signed.rootBase64(), signed.note(), signed.createdAt());
    }
}
