package uk.gov.safeguarding.kpi.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;

@Schema(description = "One practice record. Which dates a kind needs: REFERRAL referralDate; ASSESSMENT referralDate, "
        + "startDate (authorisedDate when authorised); S47_ENQUIRY strategyDiscussionDate (icpcDate or "
        + "icpcNotRequired); CP_PLAN, CIN_PLAN, CLA_EPISODE startDate (endDate when ended); CP_VISIT, CP_REVIEW, "
        + "CIN_REVIEW, CLA_VISIT, CLA_REVIEW date; ALLOCATION worker and startDate. Sending the same recordId again "
        + "replaces the record; deleted=true removes it.")
public record PracticeRecordRequest(
        @NotNull RecordKind kind,
        @Schema(description = "The sender's id for this record", examples = "LL-ASM-102938")
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._:/-]+$", message = "must be letters, digits or . _ : / -")
        String recordId,
        @Schema(examples = "E06000015")
        @NotNull @CouncilCode
        String localAuthority,
        @Schema(description = "Pseudonymous child id, 1 to 20 letters or digits", examples = "DB1234567")
        @Pattern(regexp = "^[A-Za-z0-9]{1,20}$", message = "must be 1 to 20 letters or digits") String childRef,
        @Schema(examples = "Assessment Team 2") @Size(max = 100) String team,
        @Schema(description = "Pseudonymous worker id, never a name", examples = "W0193")
        @Pattern(regexp = "^[A-Za-z0-9._-]{1,40}$", message = "must be 1 to 40 letters, digits or . _ -") String worker,
        LocalDate referralDate,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate authorisedDate,
        @Schema(description = "The day of a visit or review") LocalDate date,
        LocalDate strategyDiscussionDate,
        LocalDate icpcDate,
        Boolean icpcNotRequired,
        @Schema(description = "Referral source, CIN census code", examples = "6") @Size(max = 4) String source,
        Boolean nfa,
        @Schema(description = "CP plan categories", examples = "[\"NEG\", \"EMO\"]")
        @Size(max = 5) List<@Pattern(regexp = "^(NEG|PHY|SAB|EMO|MUL)$", message = "must be NEG, PHY, SAB, EMO or MUL") String> categories,
        @Min(0) @Max(99) Integer previousPlans,
        Boolean seenAlone,
        @Schema(description = "Placement type code, e.g. U1", examples = "U4") @Size(max = 10) String placementType,
        @Schema(description = "Start of the current placement of a CLA episode (the episode's start if left out)")
        LocalDate placementStartDate,
        @Schema(description = "true removes the record (only kind, recordId and localAuthority are needed)")
        boolean deleted) {
}
