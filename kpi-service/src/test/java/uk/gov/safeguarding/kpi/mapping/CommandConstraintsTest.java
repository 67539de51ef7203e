package uk.gov.safeguarding.kpi.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kpi.rest.PracticeRecordRequest;
import uk.gov.safeguarding.kpi.service.NewPracticeRecord;
import uk.gov.safeguarding.testsupport.architecture.FieldRules;

/**
 * The API's practice record and the service's command hold the same field rules: the API documents them,
 * the intake validates the command, and an Annex A row must be accepted exactly when the API would accept
 * the same record.
 */
class CommandConstraintsTest {

    @Test
    void aNewPracticeRecordHasTheApisFieldRules() {
        assertThat(FieldRules.of(NewPracticeRecord.class)).isEqualTo(FieldRules.of(PracticeRecordRequest.class));
        // the comparison sees the rules, not empty lists
        assertThat(FieldRules.of(NewPracticeRecord.class).get("localAuthority")).contains("CouncilCode", "NotNull");
        assertThat(FieldRules.of(NewPracticeRecord.class).get("categories")).contains("Size", "Pattern", "NEG");
        assertThat(FieldRules.of(NewPracticeRecord.class).get("previousPlans")).contains("Min", "Max");
    }
}
