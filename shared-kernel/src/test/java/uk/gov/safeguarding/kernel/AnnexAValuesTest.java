package uk.gov.safeguarding.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnnexAValuesTest {

    private final AnnexAValues values = AnnexAValues.standard();

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // the forms the issue found in councils' workbooks
            "YES_NO|a) Yes|Y", "YES_NO|b) No|N", "YES_NO|Yes|Y", "YES_NO|No|N", "YES_NO|Y|Y", "YES_NO|n|N",
            "YES_NO|c) Unknown|U", "YES_NO|TRUE|Y", "YES_NO|0|N",
            "PLACEMENT_TYPE|f) U6: Foster placement - not FFA|U6", "PLACEMENT_TYPE|U6|U6",
            "PLACEMENT_TYPE|Foster placement - not FFA|U6", "PLACEMENT_TYPE|k2 - Children's home|K2",
            "PLACEMENT_PROVIDER|e) PR4 - Private provision|PR4", "PLACEMENT_PROVIDER|Private provision|PR4",
            "NEED|N1 - Abuse or Neglect|N1", "NEED|a) N1: Abuse or neglect|N1",
            "LEGAL_STATUS|E1: Placement order|E1", "LEGAL_STATUS|Placement order granted|E1",
            "CATEGORY_OF_ABUSE|Physical abuse|PHY", "CATEGORY_OF_ABUSE|NEG|NEG", "CATEGORY_OF_ABUSE|b) Neglect|NEG",
            "CATEGORY_OF_ABUSE|Emotional|EMO", "CATEGORY_OF_ABUSE|Sexual Abuse|SAB", "CATEGORY_OF_ABUSE|e) MUL: Multiple|MUL",
            "ETHNICITY|a) WBRI|WBRI", "ETHNICITY|White British|WBRI", "ETHNICITY|t) NOBT: Information not yet obtained|NOBT",
            "SOURCE|q) 6: Police|6", "SOURCE|a) 1A: Individual|1A", "SOURCE|p1) 5D: LA services|5D",
            "SOURCE|1A - Family member|1A", "SOURCE|3E|3E", "SOURCE|Police|6", "SOURCE|u) 10: Unknown|10",
            "SOURCE|Schools|2A",
            "GENDER|a) Male|1", "GENDER|b) Female|2", "GENDER|c) Not stated/recorded|0", "GENDER|d) Neither|9",
            "GENDER|M|1", "GENDER|f|2", "GENDER|2|2",
            "REASON_FOR_CLOSURE|RC8 - Case closed after assessment, no further action|RC8"})
    void readsEveryFormOfTheDropDowns(AnnexACodeList list, String cell, String code) {
        assertThat(values.code(list, cell)).contains(code);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "YES_NO|Maybe", "YES_NO|a) Perhaps", "PLACEMENT_TYPE|U9", "PLACEMENT_TYPE|Foster placement",
            "CATEGORY_OF_ABUSE|Neglected", "SOURCE|11", "SOURCE|Individual", "ETHNICITY|White",
            "GENDER|x) Unknown gender", "NEED|N10"})
    void readsNothingElse(AnnexACodeList list, String cell) {
        assertThat(values.code(list, cell)).isEmpty();
    }

    @Test
    void aBlankCellHoldsNoCode() {
        assertThat(values.code(AnnexACodeList.YES_NO, "  ")).isEqualTo(Optional.empty());
        assertThat(values.code(AnnexACodeList.YES_NO, null)).isEmpty();
    }

    @Test
    void aRefusalNamesTheValueAndTheFormsAllowed() {
        assertThat(values.refusal(AnnexACodeList.YES_NO, "Maybe"))
                .isEqualTo("'Maybe' is not a yes/no value: give a code (Y, N, U), the template's form such as "
                        + "'a) Y: Yes', or its words such as 'Yes'");
        assertThat(values.refusal(AnnexACodeList.PLACEMENT_TYPE, "U9")).contains("'U9'", "A3, A4 … Z1", "a) A3: ");
        assertThat(values.refusal(AnnexACodeList.SOURCE, "x".repeat(100))).contains("x".repeat(40) + "…'")
                .doesNotContain("x".repeat(41));
    }

    @Test
    void everyListHasItsCodes() {
        assertThat(values.codes(AnnexACodeList.SOURCE)).hasSize(22).startsWith("1A").endsWith("10");
        assertThat(values.codes(AnnexACodeList.ETHNICITY)).hasSize(20);
        assertThat(values.codes(AnnexACodeList.CATEGORY_OF_ABUSE)).containsExactly("NEG", "PHY", "SAB", "EMO", "MUL");
        for (AnnexACodeList list : AnnexACodeList.values()) {
            assertThat(values.codes(list)).as(list.name()).isNotEmpty();
        }
    }
}
