package uk.gov.safeguarding.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CouncilsTest {

    private final Councils councils = Councils.england();

    @Test
    void englandHas153ChildrensServicesAuthoritiesOfTheFourKinds() {
        assertThat(councils.all()).hasSize(153);
        assertThat(councils.all().stream().map(c -> c.onsCode().substring(0, 3)).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("E06", "E08", "E09", "E10");
        assertThat(councils.all().stream().map(Council::laNumber).collect(Collectors.toSet())).hasSize(153);
        assertThat(councils.all().stream().map(Council::region).collect(Collectors.toSet())).hasSize(9);
    }

    @Test
    void eitherCodeNamesTheSameCouncilStoredByItsOnsCode() {
        assertThat(councils.canonical("831")).contains("E06000015");
        assertThat(councils.canonical("E06000015")).contains("E06000015");
        assertThat(councils.canonical(" e06000015 ")).contains("E06000015");
        assertThat(councils.find("831").orElseThrow().name()).isEqualTo("Derby");
        assertThat(councils.canonical("E10000030")).as("Surrey, a county council").contains("E10000030");
        assertThat(councils.canonical("830")).as("Derbyshire by its LA number").contains("E10000007");
    }

    @Test
    void districtsWelshCouncilsAndMadeUpCodesAreNotChildrensServicesAuthorities() {
        assertThat(councils.canonical("E07000032")).as("Amber Valley, a district").isEmpty();
        assertThat(councils.canonical("W06000015")).as("Cardiff").isEmpty();
        assertThat(councils.canonical("E06999999")).isEmpty();
        assertThat(councils.canonical("999")).isEmpty();
        assertThat(councils.canonical(null)).isEmpty();
        assertThat(councils.refusal("W06000015")).contains("Welsh councils are not covered");
        assertThat(councils.refusal("E07000032")).contains("district council");
    }

    @Test
    void aCouncilThatSucceededAnotherWholeTakesItsFormerCodes() {
        assertThat(councils.canonical("E10000023")).as("North Yorkshire county, now unitary").contains("E06000065");
        assertThat(councils.canonical("837")).as("Bournemouth, now BCP").contains("E06000058");
        assertThat(councils.canonical("E10000006")).as("Cumbria was split in two: no single successor").isEmpty();
    }

    @Test
    void statisticalNeighboursAreTenCouncilsOfTheReference() {
        Council derby = councils.find("E06000015").orElseThrow();
        assertThat(councils.statisticalNeighbours(derby)).hasSize(10).doesNotContainNull()
                .extracting(Council::name).startsWith("Coventry", "Bolton");
        Set<String> everyNeighbour = councils.all().stream()
                .flatMap(c -> councils.statisticalNeighbours(c).stream()).map(Council::onsCode).collect(Collectors.toSet());
        assertThat(everyNeighbour).isNotEmpty();
    }

    @Test
    void childrenAged0To17ComeFromTheLatestMidYearEstimateBeforeTheMonth() {
        Council derby = councils.find("831").orElseThrow();
        assertThat(councils.childrenAged0To17(derby, YearMonth.of(2024, 7))).hasValue(62_113);
        assertThat(councils.childrenAged0To17(derby, YearMonth.of(2024, 5))).hasValue(60_668);
        assertThat(councils.childrenAged0To17(derby, YearMonth.of(2030, 1))).hasValue(62_113);
        assertThat(councils.childrenAged0To17(derby, YearMonth.of(2001, 1))).isPresent();
    }
}
