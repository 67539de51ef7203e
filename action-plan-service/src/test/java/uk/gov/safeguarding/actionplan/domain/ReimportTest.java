package uk.gov.safeguarding.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.actionplan.domain.Reimport.ActionTerms;
import uk.gov.safeguarding.actionplan.domain.Reimport.Outcome;

class ReimportTest {

    private static final LocalDate FIRST = LocalDate.of(2030, 3, 31);
    private static final LocalDate REVISED = LocalDate.of(2030, 6, 30);
    private static final ActionTerms TERMS = new ActionTerms("Publish thresholds", "jane.smith", null, "Derby City Council",
            List.of("Police"), null, null, "ICPC_IN_TIMESCALE", "UP", new BigDecimal("90"));

    @Test
    void aRowSayingWhatTheActionSaysLeavesItAloneAndOneSayingMoreUpdatesIt() {
        Action open = Action.create("jane.smith", FIRST);
        ActionTerms sameTargetWritten = new ActionTerms("Publish thresholds", "jane.smith", null, "Derby City Council",
                List.of("Police"), null, null, "ICPC_IN_TIMESCALE", "UP", new BigDecimal("90.0"));
        assertThat(Reimport.ofAction(open, TERMS, sameTargetWritten, FIRST).outcome()).isEqualTo(Outcome.UNCHANGED);
        ActionTerms reassigned = new ActionTerms("Publish thresholds", "amir.khan", null, "Derby City Council",
                List.of("Police"), null, null, "ICPC_IN_TIMESCALE", "UP", new BigDecimal("90"));
        assertThat(Reimport.ofAction(open, TERMS, reassigned, FIRST).outcome()).isEqualTo(Outcome.UPDATED);
    }

    @Test
    void aDueDateMovesOnlyByARevisionAndATableWrittenBeforeOneStillReads() {
        Action open = Action.create("jane.smith", FIRST);
        Reimport.Verdict moved = Reimport.ofAction(open, TERMS, TERMS, REVISED);
        assertThat(moved.isRefused()).isTrue();
        assertThat(moved.column()).isEqualTo(RecommendationColumn.DUE_DATE);
        assertThat(moved.reason()).contains("second person's approval");

        Action revised = new Action("jane.smith", ActionStatus.IN_PROGRESS, REVISED, FIRST, 1, false);
        assertThat(Reimport.ofAction(revised, TERMS, TERMS, FIRST).outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(Reimport.ofAction(revised, TERMS, TERMS, REVISED).outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void aClosedActionIsNotChangedByATableButOneSayingTheSameIsNoRefusal() {
        Action verified = new Action("jane.smith", ActionStatus.VERIFIED, FIRST, FIRST, 0, true);
        ActionTerms changed = new ActionTerms("Publish thresholds online", "jane.smith", null, "Derby City Council",
                List.of("Police"), null, null, "ICPC_IN_TIMESCALE", "UP", new BigDecimal("90"));
        Reimport.Verdict refused = Reimport.ofAction(verified, TERMS, changed, FIRST);
        assertThat(refused.column()).isEqualTo(RecommendationColumn.ACTION);
        assertThat(refused.reason()).contains("verified");
        assertThat(Reimport.ofAction(verified, TERMS, TERMS, FIRST).outcome()).isEqualTo(Outcome.UNCHANGED);
    }
}
