package uk.gov.safeguarding.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactSourceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1A|S1A",
            "a) 1A: Individual|S1A",
            "b) 1B: Individual|S1B",
            "e) 2A: Schools|S2A",
            "g) 3A: Health services|S3A",
            "p1) 5D: LA services|S5D",
            "6|S6",
            "q) 6: Police|S6",
            "u) 10: Unknown|S10",
            " 3e |S3E",
    })
    void acceptsCensusCodesAndAnnexALetteredForms(String value, ContactSource expected) {
        assertThat(ContactSource.parse(value)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11", "1G", "Police", "a) Police", "5E", "1A1"})
    void rejectsAnythingElse(String value) {
        assertThat(ContactSource.parse(value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a) Male|M", "b) Female|F", "c) Not stated/recorded|U", "d) Neither|U",
            "1|M", "2|F", "0|U", "F|F"})
    void sexAcceptsAnnexAGenderAndCensusCodes(String value, Sex expected) {
        assertThat(Sex.parse(value)).contains(expected);
    }
}
