package uk.gov.safeguarding.kpi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.kpi.service.NewPracticeRecord;

class AnnexARowsTest {

    @Test
    void aList7RowIsAPlanItsLastVisitAndItsLatestReview() {
        List<NewPracticeRecord> records = new AnnexARows("E06000015", Map.of(
                "Child Unique ID", "DB1234567", "Child Protection Plan Start Date", "04/01/2021",
                "Latest Category of Abuse", "Emotional abuse", "Date of the Last Statutory Visit", "16/04/2021",
                "Was the Child Seen Alone?", "Y", "Date of latest review conference", "2021-04-09",
                "Number of Previous Child Protection Plans", "1", "Allocated Team", "CP Team 1",
                "Allocated Worker", "Jane Worker")).toRecords(AnnexAList.LIST_7);
        assertThat(records).extracting(NewPracticeRecord::kind)
                .containsExactly(RecordKind.CP_PLAN, RecordKind.CP_VISIT, RecordKind.CP_REVIEW);
        NewPracticeRecord plan = records.get(0);
        assertThat(plan.recordId()).isEqualTo("AA7-DB1234567-2021-01-04");
        assertThat(plan.startDate()).isEqualTo(LocalDate.of(2021, 1, 4));
        assertThat(plan.categories()).containsExactly("EMO");
        assertThat(plan.previousPlans()).isEqualTo(1);
        assertThat(records.get(1).seenAlone()).isTrue();
        assertThat(records.get(1).date()).isEqualTo(LocalDate.of(2021, 4, 16));
        // The worker's name is not kept: a pseudonym, the same for the same name in the same council.
        assertThat(plan.worker()).startsWith("W").hasSize(17).doesNotContainIgnoringCase("jane");
        assertThat(records.get(1).worker()).isEqualTo(plan.worker());
    }

    @Test
    void sourcesAreReadInTheFormsExportsUse() {
        for (String source : List.of("a) 1A: Individual", "1A", "1a - Family member")) {
            assertThat(new AnnexARows("831", Map.of("Child Unique ID", "C1", "Date of referral", "01/04/2021",
                    "Referral Source", source)).toRecords(AnnexAList.LIST_3).get(0).source()).isEqualTo("1A");
        }
        assertThat(new AnnexARows("831", Map.of("Child Unique ID", "C1", "Date of referral", "01/04/2021",
                "Referral Source", "f) 6: Police")).toRecords(AnnexAList.LIST_3).get(0).source()).isEqualTo("6");
    }

    @Test
    void unreadableValuesNameTheirColumn() {
        assertThatThrownBy(() -> new AnnexARows("831", Map.of("Child Unique ID", "C1",
                "Continuous Assessment Start Date", "31/02/2021")).toRecords(AnnexAList.LIST_4))
                .isInstanceOfSatisfying(AnnexARows.Unreadable.class,
                        e -> assertThat(e.column).isEqualTo("Continuous Assessment Start Date"));
        assertThatThrownBy(() -> new AnnexARows("831", Map.of("Child Unique ID", "C1",
                "Strategy discussion initiating Section 47 Enquiry Start Date", "01/04/2021",
                "Was an Initial Child Protection Conference deemed unnecessary?", "maybe")).toRecords(AnnexAList.LIST_5))
                .isInstanceOfSatisfying(AnnexARows.Unreadable.class,
                        e -> assertThat(e.getMessage()).startsWith("'maybe' is not a yes/no value: give a code (Y, N, U)"));
    }

    @Test
    void theTemplatesDropDownFormsAreRead() {
        List<NewPracticeRecord> cp = new AnnexARows("831", Map.of("Child Unique ID", "C1",
                "Child Protection Plan Start Date", "2021-01-04", "Initial Category of Abuse", "b) Neglect",
                "Latest Category of Abuse", "Physical abuse", "Date of the Last Statutory Visit", "44302",
                "Was the Child Seen Alone?", "b) No")).toRecords(AnnexAList.LIST_7);
        assertThat(cp.get(0).categories()).containsExactly("PHY");
        assertThat(cp.get(1).date()).isEqualTo(LocalDate.of(2021, 4, 16));
        assertThat(cp.get(1).seenAlone()).isFalse();
        NewPracticeRecord episode = new AnnexARows("831", Map.of("Child Unique ID", "C1",
                "Date Started to be Looked After", "01/04/2021", "Placement Type", "f) U6: Foster placement - not FFA"))
                .toRecords(AnnexAList.LIST_8).get(0);
        assertThat(episode.placementType()).isEqualTo("U6");
        assertThat(new AnnexARows("831", Map.of("Child Unique ID", "C1", "Date of referral", "01/04/2021",
                "Referral NFA?", "c) Unknown")).toRecords(AnnexAList.LIST_3).get(0).nfa()).isNull();
    }

    @Test
    void aCodeOutsideTheListIsARefusalNamingTheFormsAllowed() {
        assertThatThrownBy(() -> new AnnexARows("831", Map.of("Child Unique ID", "C1",
                "Date Started to be Looked After", "01/04/2021", "Placement Type", "U9: Somewhere"))
                .toRecords(AnnexAList.LIST_8))
                .isInstanceOfSatisfying(AnnexARows.Unreadable.class, e -> {
                    assertThat(e.column).isEqualTo("Placement Type");
                    assertThat(e.getMessage()).contains("'U9: Somewhere'", "a placement type", "a) A3: ");
                });
    }
}
