package uk.gov.safeguarding.audit.rest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.service.LogVerification;

@Schema(name = "LogVerification", description = "The log worked out again from its entries and held against what is stored and signed")
public record VerificationView(
        @Schema(description = "First sequence number checked", examples = "0") long from,
        @Schema(description = "Checked up to, not including", examples = "5000") long to,
        @Schema(examples = "5000") long entriesChecked,
        @Schema(description = "Entries the head says the log has", examples = "5000") long headSize,
        @Schema(description = "The size of the latest signed checkpoint", examples = "4980") Long latestCheckpointSize,
        @Schema(description = "True when nothing below is wrong") boolean intact,
        @Schema(description = "The first sequence number found wrong; null when intact", examples = "1042") Long firstWrongSeq,
        List<ProblemView> problems,
        Instant checkedAt) {

    @Schema(name = "LogProblem", description = "What is wrong, over the entries [fromSeq, toSeq)")
    public record ProblemView(
            @Schema(description = "MISSING, CHANGED, REWRITTEN, CHECKPOINT_MISMATCH, CUT, BAD_SIGNATURE, EXTRA or HEAD",
                    examples = "CHANGED") String kind,
            @Schema(examples = "1042") long fromSeq,
            @Schema(examples = "1043") long toSeq,
            String detail) {
    }

    static VerificationView of(LogVerification.Verification v) {
        return new VerificationView(v.from(), v.to(), v.entriesChecked(), v.headSize(), v.latestCheckpointSize(),
                v.intact(), v.firstWrongSeq(), v.problems().stream().map(p -> new ProblemView(p.kind().name(),
                        p.fromSeq(), p.toSeq(), p.detail())).toList(), v.checkedAt());
    }
}
