package uk.gov.safeguarding.contacts.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import uk.gov.safeguarding.chassis.problem.JsonFieldErrors;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import uk.gov.safeguarding.contacts.service.NewContact;

/** Reads one JSON contact per line: the API's body, plus an optional {@code decision} for historic data. */
final class NdjsonRowReader implements RowReader {

    private final BufferedReader reader;
    private final ObjectMapper mapper;
    private final RowValidation validation;
    private final String defaultLocalAuthority;
    private String nextLine;
    private long lineNumber;
    private long nextLineNumber;

    NdjsonRowReader(BufferedReader reader, ObjectMapper mapper, RowValidation validation, String defaultLocalAuthority) {
        this.reader = reader;
        this.mapper = mapper;
        this.validation = validation;
        this.defaultLocalAuthority = defaultLocalAuthority;
    }

    @Override
    public boolean hasNext() {
        if (nextLine != null) {
            return true;
        }
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    nextLine = line;
                    nextLineNumber = lineNumber;
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ImportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String line = nextLine;
        nextLine = null;
        try {
            JsonNode node = mapper.readTree(line);
            if (!(node instanceof ObjectNode object)) {
                return ImportRow.failed(nextLineNumber, "row", "must be a JSON object");
            }
            JsonNode decisionNode = object.remove("decision");
            if (!object.hasNonNull("localAuthority") && defaultLocalAuthority != null) {
                object.put("localAuthority", defaultLocalAuthority);
            }
            NewContact contact = mapper.treeToValue(object, NewContact.class);
            ImportedContact.HistoricDecision decision = decisionNode == null || decisionNode.isNull() ? null
                    : mapper.treeToValue(decisionNode, ImportedContact.HistoricDecision.class);
            return validation.check(nextLineNumber, new ImportedContact(contact, decision), UnaryOperator.identity(), List.of());
        } catch (JsonMappingException e) {
            String field = JsonFieldErrors.field(e);
            return ImportRow.failed(nextLineNumber, field.isEmpty() ? "row" : field, JsonFieldErrors.reason(e));
        } catch (JsonProcessingException e) {
            return ImportRow.failed(nextLineNumber, "row", "is not well-formed JSON");
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
