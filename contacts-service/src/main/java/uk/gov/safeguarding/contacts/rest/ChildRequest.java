package uk.gov.safeguarding.contacts.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.contacts.domain.Identifiers;
import uk.gov.safeguarding.contacts.domain.Sex;

@Schema(name = "ChildOnContact", description = "A child the contact is about. Never a name: the council's pseudonymous id.")
public record ChildRequest(
        @NotNull
        @Pattern(regexp = Identifiers.CHILD_REF, message = "must be 1 to 20 letters or digits")
        @Schema(description = "The council's own child id (CIN census LAchildID)", examples = "DB1234567")
        String childRef,
        @Schema(description = "Birth month, or the expected month for an unborn child (YYYY-MM)", examples = "2016-04",
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$")
        YearMonth birthMonth,
        @Schema(description = "True for an unborn child; birthMonth is then the expected month", examples = "false")
        boolean unborn,
        @NotNull
        @Schema(description = "M, F or U (not known; required for an unborn child)", examples = "F")
        Sex sex) {
}
