package uk.gov.safeguarding.audit.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.service.PopulationQuery;
import uk.gov.safeguarding.chassis.rest.WithinCalendar;
import uk.gov.safeguarding.chassis.text.OptionalText;

@Schema(name = "PopulationQuery", description = "A population of children found by another service's search: "
        + "CONTACTS (contacts-service: received dates, census source, outcome, earlier contacts, child's age) or "
        + "PRACTICE_RECORDS (kpi-service: kind, team, start dates, open only, length in days or working days)")
public record PopulationQueryRequest(
        @NotNull @Schema(examples = "CONTACTS") PopulationQuery.Source source,
        @Schema(examples = "2021-01-01") @WithinCalendar LocalDate receivedFrom,
        @Schema(examples = "2021-12-31") @WithinCalendar LocalDate receivedTo,
        @Pattern(regexp = "^[0-9A-Z]{1,3}$", message = "must be a CIN census source code such as 1A")
        @Schema(description = "Census source code: 1A family member, 1B friend or neighbour, ...", examples = "1A")
        String contactSource,
        @Pattern(regexp = "^[A-Z_]{1,40}$", message = "must be a contact outcome such as CIN_REFERRAL")
        @Schema(examples = "CIN_REFERRAL") String outcome,
        @Min(0) @Max(10_000) @Schema(description = "Contacts whose children had at least this many earlier contacts in 12 months",
                examples = "2") Integer minEarlierContacts,
        @Min(1) @Max(240) @Schema(description = "Only children under this many months old when the contact came in "
                + "(unborn children included)", examples = "24") Integer childUnderMonths,
        @Pattern(regexp = "^[A-Z0-9_]{1,40}$", message = "must be a practice record kind such as S47_ENQUIRY")
        @Schema(examples = "S47_ENQUIRY") String kind,
        @Size(max = 100) @Schema(examples = "Assessment Team 2") String team,
        @WithinCalendar LocalDate startFrom,
        @WithinCalendar LocalDate startTo,
        @Schema(description = "Only work not yet ended") Boolean openOnly,
        @Min(0) @Max(36_500) @Schema(description = "Spans of at least this many calendar days", examples = "730") Integer minDays,
        @Min(0) @Max(26_000) @Schema(description = "Spans of at least this many working days", examples = "11")
        Integer minWorkingDays) {

    PopulationQuery query() {
        return new PopulationQuery(source, receivedFrom, receivedTo, contactSource, outcome, minEarlierContacts,
                childUnderMonths, kind, OptionalText.of(team), startFrom, startTo, openOnly,
                minDays, minWorkingDays);
    }
}
