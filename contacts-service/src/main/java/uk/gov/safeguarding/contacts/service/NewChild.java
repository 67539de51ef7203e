package uk.gov.safeguarding.contacts.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;
import uk.gov.safeguarding.contacts.domain.ContactChild;
import uk.gov.safeguarding.contacts.domain.Identifiers;
import uk.gov.safeguarding.contacts.domain.Sex;

/** A child a new contact is about: the council's pseudonymous id, never a name. */
public record NewChild(
        @NotNull @Pattern(regexp = Identifiers.CHILD_REF, message = "must be 1 to 20 letters or digits") String childRef,
        YearMonth birthMonth,
        boolean unborn,
        @NotNull Sex sex) {

    public ContactChild toChild() {
        return new ContactChild(childRef, sex, birthMonth, unborn);
    }
}
