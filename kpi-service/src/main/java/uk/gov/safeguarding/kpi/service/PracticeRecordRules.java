package uk.gov.safeguarding.kpi.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.chassis.problem.FieldPaths;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;

/** What makes a practice record acceptable: its constraints, the fields its kind needs, dates in order. */
final class PracticeRecordRules {

    private final Validator validator;
    private final LocalDate today;

    PracticeRecordRules(Validator validator, LocalDate today) {
        this.validator = validator;
        this.today = today;
    }

    List<FieldViolation> check(NewPracticeRecord record) {
        List<FieldViolation> problems = new ArrayList<>();
        for (ConstraintViolation<NewPracticeRecord> violation : validator.validate(record)) {
            problems.add(new FieldViolation(FieldPaths.of(violation.getPropertyPath()), violation.getMessage()));
        }
        if (record.kind() == null || record.deleted() || !problems.isEmpty()) {
            return problems;
        }
        if (record.childRef() == null) {
            problems.add(new FieldViolation("childRef", "is required"));
        }
        Map<String, Object> fields = Map.of(
                "referralDate", optional(record.referralDate()), "startDate", optional(record.startDate()),
                "date", optional(record.date()), "strategyDiscussionDate", optional(record.strategyDiscussionDate()),
                "worker", optional(record.worker()));
        for (String required : record.kind().requiredFields()) {
            if (fields.get(required) == NONE) {
                problems.add(new FieldViolation(required, "is required for a " + record.kind() + " record"));
            }
        }
        notBefore(problems, "endDate", record.endDate(), "startDate", record.startDate());
        notBefore(problems, "authorisedDate", record.authorisedDate(), "startDate", record.startDate());
        notBefore(problems, "startDate", record.kind() == RecordKind.ASSESSMENT ? record.startDate() : null,
                "referralDate", record.referralDate());
        notBefore(problems, "icpcDate", record.icpcDate(), "strategyDiscussionDate", record.strategyDiscussionDate());
        notBefore(problems, "placementStartDate", record.placementStartDate(), "startDate", record.startDate());
        for (Map.Entry<String, LocalDate> date : List.of(
                Map.entry("referralDate", optionalDate(record.referralDate())),
                Map.entry("startDate", optionalDate(record.startDate())),
                Map.entry("endDate", optionalDate(record.endDate())),
                Map.entry("authorisedDate", optionalDate(record.authorisedDate())),
                Map.entry("date", optionalDate(record.date())),
                Map.entry("strategyDiscussionDate", optionalDate(record.strategyDiscussionDate())),
                Map.entry("icpcDate", optionalDate(record.icpcDate())))) {
            if (date.getValue().isAfter(today)) {
                problems.add(new FieldViolation(date.getKey(), "must not be in the future"));
            }
        }
        return problems;
    }

    private static final Object NONE = new Object();
    private static final LocalDate NO_DATE = LocalDate.MIN;

    private static Object optional(Object value) {
        return value == null ? NONE : value;
    }

    private static LocalDate optionalDate(LocalDate date) {
        return date == null ? NO_DATE : date;
    }

    private static void notBefore(List<FieldViolation> problems, String field, LocalDate value, String otherField,
                                  LocalDate other) {
        if (value != null && other != null && value.isBefore(other)) {
            problems.add(new FieldViolation(field, "must not be before " + otherField));
        }
    }
}
