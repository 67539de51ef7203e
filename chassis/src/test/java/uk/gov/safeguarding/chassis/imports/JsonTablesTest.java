package uk.gov.safeguarding.chassis.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTablesTest {

    @Test
    void itemsAreRowsUnderEveryKeyInTheOrderItFirstAppears() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("No", 1);
        first.put("Issue", "Thresholds not understood");
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("Issue", "Supervision");
        second.put("No", "2");
        second.put("Partners", List.of("Police", "Health"));
        second.put("Urgent", true);

        List<TableRow> rows = new ArrayList<>();
        JsonTables.rows(List.of(first, second)).forEachRemaining(rows::add);

        assertThat(JsonTables.rows(List.of(first, second)).header()).containsExactly("No", "Issue", "Partners", "Urgent");
        assertThat(rows.get(0).cells()).containsExactly("1", "Thresholds not understood", "", "");
        assertThat(rows.get(1).cells()).containsExactly("2", "Supervision", "Police; Health", "true");
        assertThat(rows).extracting(TableRow::line).containsExactly(1L, 2L);
    }

    @Test
    void anItemWithAnObjectOrNoObjectAtAllIsUnreadableAndEmptyItemsAreLeftOut() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("No", Map.of("a", 1));
        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("No", "");
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(nested);
        items.add(null);
        items.add(empty);

        List<TableRow> rows = new ArrayList<>();
        JsonTables.rows(items).forEachRemaining(rows::add);

        assertThat(rows).extracting(TableRow::line).containsExactly(1L, 2L);
        assertThat(rows.get(0).unreadable()).contains("'No'");
        assertThat(rows.get(1).unreadable()).contains("null");
    }
}
