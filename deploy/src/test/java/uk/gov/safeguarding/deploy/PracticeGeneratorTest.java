package uk.gov.safeguarding.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PracticeGeneratorTest {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2021, 12, 31);
    private static final Pattern KIND = Pattern.compile("\"kind\":\"([A-Z0-9_]+)\"");
    private static final Pattern DATE = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");
    private static final Pattern ID = Pattern.compile("\"recordId\":\"([^\"]+)\"");

    private static List<String> generate(long seed) {
        List<String> lines = new ArrayList<>();
        new PracticeGenerator("831", "dby", FROM, TO, PracticeGenerator.Rates.DERBY_2021, seed)
                .generate(900, 60, lines::add);
        return lines;
    }

    @Test
    void theSameSeedGivesTheSameRecords() {
        assertThat(generate(7)).isEqualTo(generate(7)).isNotEqualTo(generate(8));
    }

    @Test
    void everyKindIsThereWithUniqueIdsAndNoDateAfterTheEnd() {
        List<String> lines = generate(7);
        Set<String> kinds = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            Matcher kind = KIND.matcher(line);
            assertThat(kind.find()).isTrue();
            kinds.add(kind.group(1));
            Matcher id = ID.matcher(line);
            assertThat(id.find()).isTrue();
            assertThat(ids.add(id.group(1))).as("unique " + id.group(1)).isTrue();
            Matcher date = DATE.matcher(line);
            while (date.find()) {
                assertThat(LocalDate.parse(date.group(1))).isBeforeOrEqualTo(TO);
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("ALLOCATION", "CP_PLAN", "CP_VISIT", "CP_REVIEW", "CIN_PLAN",
                "CIN_REVIEW", "CLA_EPISODE", "CLA_VISIT", "CLA_REVIEW", "ASSESSMENT", "S47_ENQUIRY");
    }

    @Test
    void batchesHoldAtMostTheirSize() {
        List<String> batches = PracticeGenerator.batches(
                new PracticeGenerator("831", "dby", FROM, TO, PracticeGenerator.Rates.DERBY_2021, 7), 900, 60, 1_000);
        assertThat(batches).allSatisfy(batch -> assertThat(batch.lines().count()).isLessThanOrEqualTo(1_000));
        assertThat(batches.stream().mapToLong(batch -> batch.lines().count()).sum()).isEqualTo(generate(7).size());
    }
}
