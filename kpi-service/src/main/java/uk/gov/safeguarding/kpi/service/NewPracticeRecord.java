package uk.gov.safeguarding.kpi.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;

/**
 * A practice record to store (or, with {@code deleted}, to remove), from the API or an Annex A row. Its
 * field rules are the API's (kept equal by a test), so both paths accept exactly the same records.
 */
public record NewPracticeRecord(
        @NotNull RecordKind kind,
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._:/-]+$", message = "must be letters, digits or . _ : / -")
        String recordId,
        @NotNull @CouncilCode String localAuthority,
        @Pattern(regexp = "^[A-Za-z0-9]{1,20}$", message = "must be 1 to 20 letters or digits") String childRef,
        @Size(max = 100) String team,
        @Pattern(regexp = "^[A-Za-z0-9._-]{1,40}$", message = "must be 1 to 40 letters, digits or . _ -") String worker,
        LocalDate referralDate,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate authorisedDate,
        LocalDate date,
        LocalDate strategyDiscussionDate,
        LocalDate icpcDate,
        Boolean icpcNotRequired,
        @Size(max = 4) String source,
        Boolean nfa,
        @Size(max = 5) List<@Pattern(regexp = "^(NEG|PHY|SAB|EMO|MUL)$", message = "must be NEG, PHY, SAB, EMO or MUL") String> categories,
        @Min(0) @Max(99) Integer previousPlans,
        Boolean seenAlone,
        @Size(max = 10) String placementType,
        LocalDate placementStartDate,
        boolean deleted) {

    /** The council as stored: its ONS code, whichever code the sender used. */
    public String council() {
        return CouncilCodes.canonicalOrSame(localAuthority);
    }

    PracticeRecord toRecord() {
        return new PracticeRecord(kind, recordId, council(), childRef, team, worker, referralDate, startDate, endDate,
                authorisedDate, date, strategyDiscussionDate, icpcDate, icpcNotRequired, source, nfa, categories,
                previousPlans, seenAlone, placementType, placementStartDate);
    }
}
