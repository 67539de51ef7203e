package uk.gov.safeguarding.audit.rest;

import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.service.LogProofs;

@Schema(name = "ConsistencyProof", description = "That a later checkpoint is an earlier one grown (RFC 9162 §2.1.4)")
public record ConsistencyProofView(
        CheckpointView from,
        CheckpointView to,
        @Schema(description = "Hashes, base64; empty when the checkpoints are the same") List<String> proof) {

    static ConsistencyProofView of(LogProofs.Consistency consistency) {
        return new ConsistencyProofView(CheckpointView.of(consistency.from()), CheckpointView.of(consistency.to()),
                consistency.proof().stream().map(Base64.getEncoder()::encodeToString).toList());
    }
}
