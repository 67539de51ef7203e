package uk.gov.safeguarding.contacts.service;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import uk.gov.safeguarding.contacts.domain.AssessmentFactor;
import uk.gov.safeguarding.contacts.domain.ContactDecision;
import uk.gov.safeguarding.contacts.domain.ContactSource;
import uk.gov.safeguarding.contacts.domain.Sex;

/**
 * What a new contact must satisfy beyond its field constraints: code lists, and dates against each
 * other. Used by the API and by batch intake, so a row is accepted exactly when the API would accept it.
 */
public final class ContactRequestRules {

    /** Clocks differ between systems; a time this far ahead of ours is still accepted. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private ContactRequestRules() {
    }

    public static List<FieldViolation> check(NewContact request, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.source() != null) {
            var source = ContactSource.parse(request.source());
            if (source.isEmpty()) {
                violations.add(new FieldViolation("source", "must be a CIN census source code such as 1A, 2A, 6 or 10"));
            } else if (request.receivedAt() != null
                    && !source.get().isValidOn(request.receivedAt().atZone(ContactDecision.LONDON).toLocalDate())) {
                violations.add(new FieldViolation("source", source.get().code() + " is a census code from "
                        + source.get().firstCensusYear() + "-" + (source.get().firstCensusYear() + 1 - 2000)
                        + " onwards; the contact is earlier"));
            }
        }
        if (request.receivedAt() != null && request.receivedAt().isAfter(now.plus(CLOCK_SKEW))) {
            violations.add(new FieldViolation("receivedAt", "must not be in the future"));
        }
        if (request.concernCodes() != null) {
            for (int i = 0; i < request.concernCodes().size(); i++) {
                if (!AssessmentFactor.isKnown(request.concernCodes().get(i))) {
                    violations.add(new FieldViolation("concernCodes[" + i + "]",
                            "must be a CIN census assessment factor code such as 3A or 24A"));
                }
            }
        }
        if (request.children() != null && request.receivedAt() != null) {
            checkChildren(request.children(), YearMonth.from(request.receivedAt().atZone(ContactDecision.LONDON)),
                    violations);
        }
        return violations;
    }

    private static void checkChildren(List<NewChild> children, YearMonth receivedMonth,
                                      List<FieldViolation> violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            NewChild child = children.get(i);
            if (child == null) {
                continue;
            }
            String field = "children[" + i + "]";
            if (child.childRef() != null && !seen.add(child.childRef())) {
                violations.add(new FieldViolation(field + ".childRef", "names the same child twice"));
            }
            if (child.unborn()) {
                if (child.birthMonth() == null) {
                    violations.add(new FieldViolation(field + ".birthMonth",
                            "must give the expected month for an unborn child"));
                } else if (child.birthMonth().isBefore(receivedMonth)) {
                    violations.add(new FieldViolation(field + ".birthMonth",
                            "the expected month of an unborn child cannot be before the contact"));
                }
                if (child.sex() != null && child.sex() != Sex.U) {
                    violations.add(new FieldViolation(field + ".sex", "must be U for an unborn child"));
                }
            } else if (child.birthMonth() != null && child.birthMonth().isAfter(receivedMonth)) {
                violations.add(new FieldViolation(field + ".birthMonth",
                        "cannot be after the contact for a child already born; set unborn for an expected child"));
            }
        }
    }
}
