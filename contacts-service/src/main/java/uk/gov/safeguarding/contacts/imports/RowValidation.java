package uk.gov.safeguarding.contacts.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;
import uk.gov.safeguarding.chassis.problem.FieldPaths;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import uk.gov.safeguarding.contacts.service.NewContact;
import uk.gov.safeguarding.contacts.service.ContactRequestRules;

/** Accepts a row exactly when the API would accept the same contact, and checks a historic decision. */
final class RowValidation {

    private final Validator validator;
    private final Instant now;

    RowValidation(Validator validator, Instant now) {
        this.validator = validator;
        this.now = now;
    }

    /**
     * @param columnOf      names the file's column for a JSON field path, so errors point at the file
     * @param parseProblems values the reader could not read; the row reports them and every other problem,
     *                      but not a second complaint about the same column
     */
    ImportRow check(long line, ImportedContact imported, UnaryOperator<String> columnOf,
                    List<FieldViolation> parseProblems) {
        NewContact contact = imported.contact();
        List<FieldViolation> violations = new ArrayList<>(parseProblems);
        Set<String> unreadable = parseProblems.stream().map(FieldViolation::field).collect(Collectors.toSet());
        for (ConstraintViolation<NewContact> violation : validator.validate(contact)) {
            String column = columnOf.apply(FieldPaths.of(violation.getPropertyPath()));
            if (!unreadable.contains(column)) {
                violations.add(new FieldViolation(column, violation.getMessage()));
            }
        }
        if (contact.senderRef() == null) {
            violations.add(new FieldViolation(columnOf.apply("senderRef"),
                    "is required in a batch, so that sending the file again adds nothing twice"));
        }
        for (FieldViolation violation : ContactRequestRules.check(contact, now)) {
            String column = columnOf.apply(violation.field());
            if (!unreadable.contains(column)) {
                violations.add(new FieldViolation(column, violation.message()));
            }
        }
        ImportedContact.HistoricDecision decision = imported.decision();
        if (decision != null) {
            checkDecision(contact, decision, violations, columnOf);
        }
        if (!violations.isEmpty()) {
            return ImportRow.failed(line, violations);
        }
        return ImportRow.valid(line, new ImportedContact(contact.inCanonicalCouncil(), imported.decision()));
    }

    private void checkDecision(NewContact contact, ImportedContact.HistoricDecision decision,
                               List<FieldViolation> violations, UnaryOperator<String> columnOf) {
        if (decision.outcome() == null && decision.decidedAt() != null) {
            violations.add(new FieldViolation(columnOf.apply("decision.outcome"), "is required with decidedAt"));
        }
        if (decision.outcome() != null && decision.decidedAt() == null) {
            violations.add(new FieldViolation(columnOf.apply("decision.decidedAt"), "is required with an outcome"));
        }
        if (decision.decidedAt() != null) {
            if (contact.receivedAt() != null && decision.decidedAt().isBefore(contact.receivedAt())) {
                violations.add(new FieldViolation(columnOf.apply("decision.decidedAt"),
                        "cannot be before the contact was received"));
            }
            if (decision.decidedAt().isAfter(now.plus(ContactRequestRules.CLOCK_SKEW))) {
                violations.add(new FieldViolation(columnOf.apply("decision.decidedAt"), "must not be in the future"));
            }
        }
        if (decision.referrerInformedAt() != null) {
            if (decision.decidedAt() == null) {
                violations.add(new FieldViolation(columnOf.apply("decision.referrerInformedAt"),
                        "needs a decision to have been told"));
            } else if (decision.referrerInformedAt().isBefore(decision.decidedAt())) {
                violations.add(new FieldViolation(columnOf.apply("decision.referrerInformedAt"),
                        "cannot be before the decision"));
            }
            if (decision.referrerInformedMethod() == null) {
                violations.add(new FieldViolation(columnOf.apply("decision.referrerInformedMethod"),
                        "is required with referrerInformedAt"));
            }
        }
    }
}
