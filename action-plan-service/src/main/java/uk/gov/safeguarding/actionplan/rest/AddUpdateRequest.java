package uk.gov.safeguarding.actionplan.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.domain.Rag;
import uk.gov.safeguarding.chassis.rest.WithinCalendar;

@Schema(name = "ProgressUpdate", description = "A dated progress update, appended and never edited (a correction is "
        + "a new update); evidence is a link and the SHA-256 of the document it points to")
public record AddUpdateRequest(
        @Schema(description = "The day it reports on; today when left out", examples = "2022-05-03") @WithinCalendar LocalDate writtenOn,
        @NotBlank @Size(max = 10_000) @Schema(examples = "Two of four posts filled; interviews on 12 May") String text,
        @Schema(description = "RAG as the owner judges it, shown beside the computed one", examples = "AMBER") Rag ownerRag,
        @Size(max = 2000) @Pattern(regexp = "^https://\\S+$", message = "must be an https:// link")
        @Schema(examples = "https://derby.sharepoint.com/qa/mash-recruitment.pdf") String evidenceUrl,
        @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lower-case hex digits")
        @Schema(examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String evidenceSha256) {
}
