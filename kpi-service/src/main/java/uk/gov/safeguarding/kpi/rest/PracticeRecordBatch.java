package uk.gov.safeguarding.kpi.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uk.gov.safeguarding.chassis.problem.JsonFieldErrors;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemType;
import uk.gov.safeguarding.kpi.mapping.PracticeRecordMapper;
import uk.gov.safeguarding.kpi.service.PracticeRecordIntake.Item;
import uk.gov.safeguarding.kpi.service.RecordProblem;

/**
 * Reads the body of {@code POST /api/v1/practice-records} (a JSON array, or NDJSON) one record at a time,
 * so one unreadable record is an error of its own and the others still go to the service.
 */
@ApplicationScoped
public class PracticeRecordBatch {

    public static final int MAX_RECORDS = 10_000;

    /** The records read, as the service's commands, and the items that could not be read. */
    public record Read(List<Item> items, List<RecordProblem> errors) {
    }

    private final ObjectMapper json;

    public PracticeRecordBatch(ObjectMapper json) {
        this.json = json;
    }

    public Read read(InputStream body, boolean ndjson) {
        List<RecordProblem> errors = new ArrayList<>();
        List<Item> items = ndjson ? readLines(body, errors) : readArray(body, errors);
        return new Read(items, errors);
    }

    private List<Item> readArray(InputStream body, List<RecordProblem> errors) {
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

    private List<Item> readLines(InputStream body, List<RecordProblem> errors) {
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
                    errors.add(new RecordProblem(position, null, "body", "not a JSON object: " + e.getOriginalMessage()));
                }
            }
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The body could not be read");
        }
        return items;
    }

    private void convert(JsonNode node, long position, List<Item> items, List<RecordProblem> errors) {
        String recordId = node.path("recordId").isTextual() ? node.path("recordId").asText() : null;
        if (!node.isObject()) {
            errors.add(new RecordProblem(position, null, "body", "must be a JSON object"));
            return;
        }
        try {
            items.add(new Item(position, PracticeRecordMapper.toCommand(json.treeToValue(node, PracticeRecordRequest.class))));
        } catch (JsonMappingException e) {
            String field = JsonFieldErrors.field(e);
            errors.add(new RecordProblem(position, recordId, field.isEmpty() ? "body" : field, JsonFieldErrors.reason(e)));
        } catch (JsonProcessingException e) {
            errors.add(new RecordProblem(position, recordId, "body", e.getOriginalMessage()));
        }
    }

    private static void limit(long position) {
        if (position > MAX_RECORDS) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "At most " + MAX_RECORDS
                    + " records in one request: send the rest in further requests");
        }
    }
}
