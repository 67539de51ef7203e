package uk.gov.safeguarding.chassis.imports;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table sent as a JSON array of objects, one an item, whose keys are the column names a CSV file's header
 * would have: read as the same {@link TableRows}, so a service has one reading of a table however it came.
 * The header is every key in the order it first appears; an item's line is its place in the array (from 1).
 * Numbers and true/false are read as text; a list of values as one cell of them separated by "; ", as a
 * spreadsheet cell lists them; a nested object makes its item unreadable, not the request.
 */
public final class JsonTables {

    private JsonTables() {
    }

    public static TableRows rows(List<Map<String, Object>> items) {
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, Object> item : items) {
            if (item != null) {
                keys.addAll(item.keySet());
            }
        }
        List<String> header = keys.stream().map(String::strip).toList();
        List<String> names = List.copyOf(keys);
        Iterator<Map<String, Object>> each = items.iterator();
        return new NonBlankRows() {
            private long line;

            @Override
            public List<String> header() {
                return header;
            }

            @Override
            protected TableRow read() {
                if (!each.hasNext()) {
                    return null;
                }
                Map<String, Object> item = each.next();
                line++;
                if (item == null) {
                    return TableRow.unreadable(line, "is null, not an object of columns");
                }
                List<String> cells = new ArrayList<>(names.size());
                for (String name : names) {
                    Object value = item.get(name);
                    String cell = cell(value);
                    if (cell == null) {
                        return TableRow.unreadable(line, "has an object as '" + name.strip()
                                + "': give text, a number or a list of them");
                    }
                    cells.add(cell);
                }
                return TableRow.of(line, cells);
            }
        };
    }

    /** The value as a cell's text; null when it cannot be one. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>(list.size());
            for (Object part : list) {
                if (part instanceof List<?> || part instanceof Map<?, ?>) {
                    return null;
                }
                parts.add(part == null ? "" : part.toString());
            }
            return String.join("; ", parts);
        }
        return null;
    }
}
