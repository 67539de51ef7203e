package uk.gov.safeguarding.kpi.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.kpi.service.PracticeRecordSearch;

@Schema(name = "PracticeRecordFound", description = "A practice record found by a search, with its span measured")
public record PracticeRecordView(
        @Schema(examples = "LL-S47-2231") String recordId,
        @Schema(examples = "S47_ENQUIRY") String kind,
        @Schema(examples = "E06000015") String localAuthority,
        @Schema(description = "The child's pseudonymous ref", examples = "DB1234567") String childRef,
        @Schema(examples = "Assessment Team 2") String team,
        @Schema(description = "The worker's pseudonym") String worker,
        @Schema(description = "When its piece of work started (an s47's strategy discussion, a plan's start)")
        LocalDate spanStart,
        @Schema(description = "When it ended (an s47's initial conference); null while open") LocalDate spanEnd,
        @Schema(description = "Calendar days from start to end, or to today while open", examples = "23") Long days,
        @Schema(description = "Working days after the start day, to the end or today", examples = "16") Integer workingDays) {

    static PracticeRecordView of(PracticeRecordSearch.Found found) {
        var r = found.record();
        return new PracticeRecordView(r.recordId(), r.kind().name(), r.localAuthority(), r.childRef(), r.team(), r.worker(),
                found.span().start(), found.span().end(), found.days(), found.workingDays());
    }
}
