package uk.gov.safeguarding.audit.domain.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One activity-log entry as the log keeps it: the leaf is the RFC 8785 canonical JSON of
 * {@code {"entry": <the entry as published>, "eventId": <its CloudEvents id>}}, so anyone holding the entry
 * and its id can hash it; the fields queries need are read from the entry (null when the entry lacks them:
 * what was published is logged as it is).
 */
public record ActivityRecord(String eventId, String service, String actor, String action, String resourceType,
                             String resourceId, List<String> childRefs, String outcome, Integer status,
                             Instant occurredAt, String canonical, byte[] leafHash) {

    /** @throws IllegalArgumentException when the entry is not a JSON object or has no canonical form */
    public static ActivityRecord of(String eventId, JsonNode entry) {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("an entry without an event id cannot be told apart from a resend");
        }
        if (entry == null || !entry.isObject()) {
            throw new IllegalArgumentException("an activity entry is a JSON object");
        }
        ObjectNode leaf = JsonNodeFactory.instance.objectNode();
        leaf.set("entry", entry);
        leaf.put("eventId", eventId);
        String canonical = CanonicalJson.of(leaf);
        List<String> children = new ArrayList<>();
        JsonNode refs = entry.get("childRefs");
        if (refs != null && refs.isArray()) {
            refs.forEach(ref -> {
                if (ref.isTextual()) {
                    children.add(storable(ref.textValue()));
                }
            });
        }
        JsonNode status = entry.get("status");
        return new ActivityRecord(storable(eventId), text(entry, "service"), text(entry, "actor"), text(entry, "action"),
                text(entry, "resourceType"), text(entry, "resourceId"), List.copyOf(children), text(entry, "outcome"),
                status != null && status.canConvertToInt() ? status.intValue() : null, time(entry), canonical,
                TreeHash.leaf(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value != null && value.isTextual() ? storable(value.textValue()) : null;
    }

    /**
     * A query column's copy of a value, which PostgreSQL can hold: it refuses NUL in text, and an entry a
     * caller put one in (a hostile path or parameter) must still be logged, not dead-lettered, or the request
     * would go unrecorded. The canonical text keeps the value exactly (escaped), so the proof covers it.
     */
    static String storable(String value) {
        return value.indexOf('\u0000') < 0 ? value : value.replace('\u0000', '\uFFFD');
    }

    private static Instant time(JsonNode entry) {
        String value = text(entry, "occurredAt");
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
