package uk.gov.safeguarding.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.TouchedMonths;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.kpi.repository.PracticeRecordRepository;
import uk.gov.safeguarding.kpi.repository.PracticeRecordRepository.Key;
import uk.gov.safeguarding.kpi.repository.RecomputeQueue;

/**
 * Takes a batch of practice records (from the API or a chunk of an Annex A file): the valid ones are
 * stored or deleted in one transaction with the months they touch marked for recomputation; the others
 * are reported.
 */
@ApplicationScoped
public class PracticeRecordIntake {

    private final Validator validator;
    private final PracticeRecordRepository records;
    private final RecomputeQueue queue;
    private final ActivityLog activityLog;

    public PracticeRecordIntake(Validator validator, PracticeRecordRepository records,
                                RecomputeQueue queue, ActivityLog activityLog) {
        this.validator = validator;
        this.records = records;
        this.queue = queue;
        this.activityLog = activityLog;
    }

    /** How a report names a record's field. */
    @FunctionalInterface
    public interface FieldNames {
        String of(RecordKind kind, String field);
    }

    /** A record with its place in what was sent (item of a batch, line of a file). */
    public record Item(long position, NewPracticeRecord record) {
    }

    /**
     * One batch sent through the API, with the items that could not even be read already in {@code errors}.
     * One transaction: the activity-log entry commits with the records (an Annex A upload, in chunks, gets
     * its one entry from the activity log filter when the request ends).
     */
    @Transactional
    public BatchOutcome load(List<Item> items, List<RecordProblem> errors) {
        BatchOutcome outcome = apply(items, errors, (kind, field) -> field);
        activityLog.recordSuccess(null, List.of());
        return outcome;
    }

    /**
     * Stores the valid items in one transaction and reports the others, adding to {@code errors} (which
     * may already hold items that could not be read). {@code fieldName} names fields in the report as
     * the caller knows them, e.g. by the columns of an uploaded file.
     */
    @Transactional
    public BatchOutcome apply(List<Item> items, List<RecordProblem> errors, FieldNames fieldName) {
        Applied applied = store(items, errors, fieldName);
        activityLog.concerning(null, applied.children());
        return applied.outcome();
    }

    /** What a chunk stored, and the children whose records it stored or deleted, for its activity entry. */
    public record Applied(BatchOutcome outcome, List<String> children) {
    }

    /**
     * As {@link #apply}, for work outside a request (an upload read after the answer): the caller writes the
     * activity entry, in the same transaction.
     */
    @Transactional
    public Applied store(List<Item> items, List<RecordProblem> errors, FieldNames fieldName) {
        LocalDate today = LocalDate.now(LondonTime.ZONE);
        PracticeRecordRules rules = new PracticeRecordRules(validator, today);
        // A row (an item's position) is stored whole or not at all: an Annex A row makes several records,
        // and one refused record, or a value that could not be read, refuses all of them.
        Set<Long> failed = errors.stream().map(RecordProblem::item).collect(Collectors.toCollection(HashSet::new));
        for (Item item : items) {
            NewPracticeRecord record = item.record();
            List<FieldViolation> problems = rules.check(record);
            problems.forEach(problem -> errors.add(new RecordProblem(item.position(), record.recordId(),
                    fieldName.of(record.kind(), problem.field()), problem.message())));
            if (!problems.isEmpty()) {
                failed.add(item.position());
            }
        }
        Map<Key, NewPracticeRecord> accepted = new LinkedHashMap<>();
        Set<Long> rowsStored = new HashSet<>();
        for (Item item : items) {
            if (!failed.contains(item.position())) {
                NewPracticeRecord record = item.record();
                accepted.put(new Key(record.council(), record.kind(), record.recordId()), record);
                if (!record.deleted()) {
                    rowsStored.add(item.position());
                }
            }
        }
        Map<Key, PracticeRecord> before = records.find(accepted.keySet());
        List<PracticeRecord> stored = new ArrayList<>();
        List<Key> deleted = new ArrayList<>();
        Map<String, Map<FactKind<PracticeRecord>, Set<YearMonth>>> touched = new HashMap<>();
        YearMonth current = YearMonth.from(today);
        accepted.forEach((key, request) -> {
            PracticeRecord previous = before.get(key);
            if (previous != null) {
                touch(touched, previous, current);
            }
            if (request.deleted()) {
                if (previous != null) {
                    deleted.add(key);
                }
            } else {
                PracticeRecord record = request.toRecord();
                stored.add(record);
                touch(touched, record, current);
            }
        });
        records.store(stored, Instant.now());
        records.delete(deleted);
        touched.forEach((council, byKind) -> byKind.forEach((kind, months) -> queue.mark(council, months, kind.name())));
        errors.sort(java.util.Comparator.comparingLong(RecordProblem::item));
        List<String> children = java.util.stream.Stream.concat(stored.stream().map(PracticeRecord::childRef),
                deleted.stream().map(key -> accepted.get(key).childRef())).toList();
        Set<Long> received = new HashSet<>(failed);
        items.forEach(item -> received.add(item.position()));
        return new Applied(new BatchOutcome(received.size(), rowsStored.size(), deleted.size(), failed.size(),
                stored.size(), errors), children);
    }

    private static void touch(Map<String, Map<FactKind<PracticeRecord>, Set<YearMonth>>> touched, PracticeRecord record,
                              YearMonth current) {
        Set<YearMonth> months = TouchedMonths.of(record, current);
        if (months.isEmpty()) {
            return;
        }
        for (FactKind<PracticeRecord> kind : FactKind.readingRecordsOf(record.kind())) {
            touched.computeIfAbsent(record.localAuthority(), council -> new HashMap<>())
                    .computeIfAbsent(kind, k -> new java.util.TreeSet<>()).addAll(months);
        }
    }

}
