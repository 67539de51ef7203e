package uk.gov.safeguarding.kpi.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemType;
import uk.gov.safeguarding.chassis.text.UnsafeTextException;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.TouchedMonths;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.kpi.repository.PracticeRecordRepository;
import uk.gov.safeguarding.kpi.repository.PracticeRecordRepository.Key;
import uk.gov.safeguarding.kpi.repository.RecomputeQueue;
import uk.gov.safeguarding.kpi.rest.BatchReport;
import uk.gov.safeguarding.kpi.rest.PracticeRecordRequest;
import uk.gov.safeguarding.kpi.rest.RecordError;

/**
 * Takes a batch of practice records (a JSON array or NDJSON): the valid ones are stored or deleted in
 * one transaction with the months they touch marked for recomputation; the others are reported.
 */
@ApplicationScoped
public class PracticeRecordIntake {

    public static final int MAX_RECORDS = 10_000;

    private final ObjectMapper json;
    private final Validator validator;
    private final PracticeRecordRepository records;
    private final RecomputeQueue queue;
    private final ActivityLog activityLog;

    public PracticeRecordIntake(ObjectMapper json, Validator validator, PracticeRecordRepository records,
                                RecomputeQueue queue, ActivityLog activityLog) {
        this.json = json;
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
    public record Item(long position, PracticeRecordRequest request) {
    }

    @Transactional
    public BatchReport load(InputStream body, boolean ndjson) {
        List<RecordError> errors = new ArrayList<>();
        List<Item> items = ndjson ? readLines(body, errors) : readArray(body, errors);
        BatchReport report = apply(items, errors, (kind, field) -> field);
        // One transaction: the entry commits with the records (an Annex A upload, in chunks, gets its one
        // entry from the activity log filter when the request ends).
        activityLog.recordSuccess(null, List.of());
        return report;
    }

    /**
     * Stores the valid items in one transaction and reports the others, adding to {@code errors} (which
     * may already hold items that could not be read). {@code fieldName} names fields in the report as
     * the caller knows them, e.g. by the columns of an uploaded file.
     */
    @Transactional
    public BatchReport apply(List<Item> items, List<RecordError> errors, FieldNames fieldName) {
        LocalDate today = LocalDate.now(LondonTime.ZONE);
        PracticeRecordRules rules = new PracticeRecordRules(validator, today);
        Map<Key, PracticeRecordRequest> accepted = new LinkedHashMap<>();
        for (Item item : items) {
            List<FieldViolation> problems = rules.check(item.request());
            if (problems.isEmpty()) {
                PracticeRecordRequest request = item.request();
                accepted.put(new Key(CouncilCodes.canonicalOrSame(request.localAuthority()), request.kind(), request.recordId()), request);
            } else {
                problems.forEach(problem -> errors.add(new RecordError(item.position(), item.request().recordId(),
                        fieldName.of(item.request().kind(), problem.field()), problem.message())));
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
                PracticeRecord record = toRecord(request);
                stored.add(record);
                touch(touched, record, current);
            }
        });
        records.store(stored, Instant.now());
        records.delete(deleted);
        touched.forEach((council, byKind) -> byKind.forEach((kind, months) -> queue.mark(council, months, kind.name())));
        errors.sort((a, b) -> Long.compare(a.item(), b.item()));
        activityLog.concerning(null, java.util.stream.Stream.concat(stored.stream().map(PracticeRecord::childRef),
                deleted.stream().map(key -> accepted.get(key).childRef())).toList());
        long failedItems = errors.stream().map(RecordError::item).distinct().count();
        return new BatchReport(items.size() + countUnreadable(items, errors), stored.size(), deleted.size(), failedItems,
                errors);
    }

    /** Items that could not even be read are in the errors only; count them as received. */
    private static long countUnreadable(List<Item> items, List<RecordError> errors) {
        Set<Long> read = items.stream().map(Item::position).collect(Collectors.toSet());
        return errors.stream().map(RecordError::item).filter(position -> !read.contains(position)).distinct().count();
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

    private static PracticeRecord toRecord(PracticeRecordRequest r) {
        return new PracticeRecord(r.kind(), r.recordId(), CouncilCodes.canonicalOrSame(r.localAuthority()), r.childRef(), r.team(), r.worker(),
                r.referralDate(), r.startDate(), r.endDate(), r.authorisedDate(), r.date(), r.strategyDiscussionDate(),
                r.icpcDate(), r.icpcNotRequired(), r.source(), r.nfa(), r.categories(), r.previousPlans(),
                r.seenAlone(), r.placementType(), r.placementStartDate());
    }

    private List<Item> readArray(InputStream body, List<RecordError> errors) {
        List<Item> items = new ArrayList<>();
        try (JsonParser parser = json.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ProblemException(ProblemType.MALFORMED, "The body must be a JSON array of practice records "
                        + "(or NDJSON with Content-Type application/x-ndjson)");
            }
            long position = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                position++;
                limit(position);
                JsonNode node = parser.readValueAsTree();
                convert(node, position, items, errors);
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new ProblemException(ProblemType.MALFORMED, "Item " + (position + 1) + " is not a JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The body could not be read");
        }
        return items;
    }

    private List<Item> readLines(InputStream body, List<RecordError> errors) {
        List<Item> items = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            long position = 0;
            while ((line = reader.readLine()) != null) {
                position++;
                if (line.isBlank()) {
                    continue;
                }
                limit(position);
                try {
                    convert(json.readTree(line), position, items, errors);
                } catch (JsonProcessingException e) {
                    errors.add(new RecordError(position, null, "body", "not a JSON object: " + e.getOriginalMessage()));
                }
            }
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The body could not be read");
        }
        return items;
    }

    private void convert(JsonNode node, long position, List<Item> items, List<RecordError> errors) {
        String recordId = node.path("recordId").isTextual() ? node.path("recordId").asText() : null;
        if (!node.isObject()) {
            errors.add(new RecordError(position, null, "body", "must be a JSON object"));
            return;
        }
        try {
            items.add(new Item(position, json.treeToValue(node, PracticeRecordRequest.class)));
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "body" : e.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            errors.add(new RecordError(position, recordId, field, readable(e)));
        } catch (JsonProcessingException e) {
            errors.add(new RecordError(position, recordId, "body", e.getOriginalMessage()));
        }
    }

    private static String readable(MismatchedInputException e) {
        if (e instanceof UnsafeTextException unsafe) {
            return unsafe.reason();
        }
        Class<?> target = e.getTargetType();
        if (target == LocalDate.class) {
            return "must be a date as YYYY-MM-DD";
        }
        if (target != null && target.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(target.getEnumConstants());
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == Integer.class || target == int.class) {
            return "must be a whole number";
        }
        return "has the wrong type";
    }

    private static void limit(long position) {
        if (position > MAX_RECORDS) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "At most " + MAX_RECORDS
                    + " records in one request: send the rest in further requests");
        }
    }
}
