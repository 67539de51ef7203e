package uk.gov.safeguarding.audit.domain.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ActivityRecordTest {

    @Test
    void aNulACallerSentIsKeptExactlyInWhatIsProvedAndMadeStorableInTheColumnsQueriesUse() throws Exception {
        ActivityRecord record = ActivityRecord.of("event-1", new ObjectMapper().readTree("""
                {"actor":"someone","action":"contact.read","resourceId":"a\\u0000b","childRefs":["c\\u0000"]}"""));

        assertThat(record.resourceId()).isEqualTo("a\uFFFDb");
        assertThat(record.childRefs()).containsExactly("c\uFFFD");
        assertThat(record.canonical()).contains("\"resourceId\":\"a\\u0000b\"").doesNotContain("\u0000");
        assertThat(record.leafHash()).isEqualTo(TreeHash.leaf(record.canonical().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void valuesWithoutOneAreKeptAsTheyAre() throws Exception {
        ActivityRecord record = ActivityRecord.of("event-2", new ObjectMapper().readTree("""
                {"actor":"someone","resourceId":"contact-1","childRefs":["child-1"]}"""));

        assertThat(record.resourceId()).isEqualTo("contact-1");
        assertThat(record.childRefs()).containsExactly("child-1");
    }
}
