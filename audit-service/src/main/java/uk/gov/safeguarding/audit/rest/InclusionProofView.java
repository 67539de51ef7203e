package uk.gov.safeguarding.audit.rest;

import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.service.LogProofs;

@Schema(name = "InclusionProof", description = "That an entry is in a signed checkpoint (RFC 9162 §2.1.3)")
public record InclusionProofView(
        @Schema(examples = "1042") long leafIndex,
        @Schema(examples = "5000") long treeSize,
        @Schema(description = "SHA-256(0x00 ‖ entry), base64") String leafHash,
        @Schema(description = "The entry's canonical JSON, whose hash the leaf is") String entry,
        @Schema(description = "Sibling hashes, base64, from the leaf up") List<String> proof,
        CheckpointView checkpoint) {

    static InclusionProofView of(LogProofs.Inclusion inclusion) {
        return new InclusionProofView(inclusion.seq(), inclusion.checkpoint().size(),
                Base64.getEncoder().encodeToString(inclusion.leafHash()), inclusion.canonical(),
                inclusion.proof().stream().map(Base64.getEncoder()::encodeToString).toList(),
                CheckpointView.of(inclusion.checkpoint()));
    }
}
