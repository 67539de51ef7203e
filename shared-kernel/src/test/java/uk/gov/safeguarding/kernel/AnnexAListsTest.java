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

    @Test
    void saysWhyASheetIsNotRead() {
        List<String> list1 = List.of("Child Unique ID", "Date of Contact", "Contact Source");
        assertThat(AnnexALists.whyNotRead(list1, java.util.Set.of(1))).isNull();
        assertThat(AnnexALists.whyNotRead(list1, java.util.Set.of(3, 4)))
                .isEqualTo("List 1 (contacts) is not used by this service");
        assertThat(AnnexALists.whyNotRead(List.of("Notes"), java.util.Set.of(1)))
                .isEqualTo("its header is not that of an Annex A list");
        assertThat(AnnexALists.whyNotRead(List.of(), java.util.Set.of(1))).isEqualTo("the sheet is empty");
    }
}
