package uk.gov.safeguarding.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnexAListsTest {

    @Test
    void aListIsToldByItsHeaderWhateverTheCaseAndSpacing() {
        assertThat(AnnexALists.numberOf(List.of("Child Unique ID", "Gender", "Date of Contact", "Contact Source")))
                .hasValue(1);
        assertThat(AnnexALists.numberOf(List.of("child unique id", "  date  of referral", "REFERRAL SOURCE")))
                .hasValue(3);
        assertThat(AnnexALists.numberOf(List.of("Child Unique ID", "Child Protection Plan Start Date"))).hasValue(7);
        assertThat(AnnexALists.numberOf(List.of("Individual adopter identifier", "Family identifier"))).hasValue(11);
    }

    @Test
    void aHeaderOfNoListIsNone() {
        assertThat(AnnexALists.numberOf(List.of("Child Unique ID", "Gender"))).isEmpty();
        assertThat(AnnexALists.numberOf(List.of("Date of Contact"))).isEmpty();
        assertThat(AnnexALists.numberOf(List.of())).isEmpty();
    }

    @Test
    void describesAList() {
        assertThat(AnnexALists.describe(8)).isEqualTo("List 8 (children in care)");
    }
}
