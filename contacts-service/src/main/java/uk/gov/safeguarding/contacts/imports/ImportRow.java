package uk.gov.safeguarding.contacts.imports;

import java.util.List;
import uk.gov.safeguarding.chassis.problem.FieldViolation;

/** A row of a batch file: either a contact to store, or the reasons it cannot be stored. */
public record ImportRow(long line, ImportedContact contact, List<FieldViolation> errors) {

    public static ImportRow valid(long line, ImportedContact contact) {
        return new ImportRow(line, contact, List.of());
    }

    public static ImportRow failed(long line, List<FieldViolation> errors) {
        return new ImportRow(line, null, List.copyOf(errors));
    }

    public static ImportRow failed(long line, String field, String reason) {
        return new ImportRow(line, null, List.of(new FieldViolation(field, reason)));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
