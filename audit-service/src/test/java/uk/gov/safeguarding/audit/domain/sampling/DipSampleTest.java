package uk.gov.safeguarding.audit.domain.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DipSampleTest {

    private static final String DICE = "01382438112797316654";

    @Test
    void ticketsAreConsistentSamplersDoctestsDigitForDigit() {
        assertThat(DipSample.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(DipSample.uniform("abc"))
                .isEqualTo("0.56998071861792858926477341561059638840106636224182943832566300809078486324348");
        assertThat(new DipSample(DICE).ticket("AB-130").number())
                .isEqualTo("0.26299714122838008416507544297546663599715395525154425586041245287750224561854");
        assertThat(DipSample.trim("0.9991234567890", 4)).isEqualTo("0.9991234");

        // make_ticket_heap(['dog', 'cat', 'fish', 'goat'], 3, 'xy()134!g2n')
        assertThat(new DipSample("xy()134!g2n").draw(List.of("dog", "cat", "fish", "goat"), 3))
                .extracting(DipSample.Ticket::caseId, DipSample.Ticket::number)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cat",
                                "0.24866413894129579898796850445568128508290132707747976039848637531569373309555"),
                        org.assertj.core.groups.Tuple.tuple("dog",
                                "0.33886035615681875183111698317327684455682722683976874746986356932751818935066"),
                        org.assertj.core.groups.Tuple.tuple("goat",
                                "0.49599842072022713663423753308080171636735689997237236247068925068573448764387"));

        // sampler(['ab-1', 'ab-2', 'cd-1', 'ef-3'], seed=314159), tickets as it prints them
        assertThat(new DipSample("314159").draw(List.of("ab-1", "ab-2", "cd-1", "ef-3"), 4))
                .extracting(DipSample.Ticket::shown, DipSample.Ticket::caseId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0.317685817", "cd-1"),
                        org.assertj.core.groups.Tuple.tuple("0.832984519", "ef-3"),
                        org.assertj.core.groups.Tuple.tuple("0.9098039269", "ab-1"),
                        org.assertj.core.groups.Tuple.tuple("0.9231549043", "ab-2"));
    }

    @Test
    void drawsWhatConsistentSamplerDrawsFromThreeHundredCases() throws IOException {
        List<String> population = IntStream.rangeClosed(1, 300).mapToObj(i -> String.format("DB%07d", (i * 7919L) % 10_000_000))
                .toList();
        Map<String, List<String[]>> expected = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/consistent-sampler-vectors.csv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("seed,"))
                    .map(line -> line.split(","))
                    .forEach(cells -> expected.computeIfAbsent(cells[0], seed -> new ArrayList<>()).add(cells));
        }
        assertThat(expected).hasSize(3);
        expected.forEach((seed, rows) -> {
            List<DipSample.Ticket> drawn = DipSample.seeded(seed).draw(population, 25);
            assertThat(drawn).as("seed " + seed).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(drawn.get(i).caseId()).as("seed %s rank %d", seed, i + 1).isEqualTo(rows.get(i)[2]);
                assertThat(drawn.get(i).number()).as("seed %s rank %d", seed, i + 1).isEqualTo(rows.get(i)[3]);
            }
        });
    }

    @Test
    void aSampleIsTheSameWhateverOrderThePopulationIsIn() {
        List<String> population = cases(500);
        List<String> shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new Random(7));
        DipSample sample = DipSample.seeded(DICE);
        assertThat(sample.draw(shuffled, 20)).isEqualTo(sample.draw(population, 20));
    }

    @Test
    void drawingTenThenTenMoreGivesTheFirstTwenty() {
        DipSample sample = DipSample.seeded(DICE);
        List<String> population = cases(1_000);
        List<DipSample.Ticket> twenty = sample.draw(population, 20);
        assertThat(sample.draw(population, 10)).isEqualTo(twenty.subList(0, 10));
        assertThat(twenty).isSortedAccordingTo(DipSample.IN_ORDER);
    }

    @Test
    void theSampleOfOneTeamIsTheWholeStreamWithTheOtherTeamsLeftOut() {
        DipSample sample = DipSample.seeded(DICE);
        List<String> population = cases(1_000);
        List<String> teamA = population.stream().filter(id -> id.hashCode() % 3 == 0).toList();
        List<DipSample.Ticket> whole = sample.draw(population, population.size());
        assertThat(sample.draw(teamA, 15)).isEqualTo(whole.stream().filter(t -> teamA.contains(t.caseId())).limit(15).toList());
    }

    @Test
    void aPopulationSplitAcrossTheCoresGivesTheCasesOfTicketOrder() {
        List<String> population = cases(150_000);
        DipSample sample = DipSample.seeded(DICE);
        List<DipSample.Ticket> byTicket = population.stream().map(sample::ticket).sorted(DipSample.IN_ORDER).limit(30).toList();
        assertThat(sample.draw(population, 30)).isEqualTo(byTicket);
    }

    @Test
    void aDifferentSeedDrawsDifferentCases() {
        List<String> population = cases(1_000);
        assertThat(DipSample.seeded(DICE).draw(population, 10))
                .isNotEqualTo(DipSample.seeded("01382438112797316655").draw(population, 10));
    }

    @Test
    void refusesShortSeedsDuplicatesAndNegativeSizes() {
        assertThatThrownBy(() -> DipSample.seeded("1234567890123456789"))
                .isInstanceOfSatisfying(SampleRefused.class, e -> assertThat(e.field()).isEqualTo("seed"));
        assertThatThrownBy(() -> DipSample.seeded("0138243811279731665x"))
                .isInstanceOf(SampleRefused.class);
        assertThatThrownBy(() -> DipSample.seeded(DICE).draw(List.of("A", "B", "A"), 2))
                .isInstanceOfSatisfying(SampleRefused.class, e -> assertThat(e.field()).isEqualTo("population"));
        assertThatThrownBy(() -> DipSample.seeded(DICE).draw(List.of("A"), -1)).isInstanceOf(SampleRefused.class);
        assertThat(DipSample.seeded(DICE).draw(List.of("A", "B"), 5)).hasSize(2);
        assertThat(DipSample.seeded(DICE).draw(List.of(), 5)).isEmpty();
    }

    private static List<String> cases(int n) {
        return IntStream.range(0, n).mapToObj(i -> "CASE-" + i).toList();
    }
}
