package uk.gov.safeguarding.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void everyTopicHasItsDeadLetterTopic() {
        assertThat(Topics.withDeadLetters()).hasSize(Topics.ALL.size() * 2)
                .contains(Topics.CONTACTS, "safeguarding.contacts.v1.dlt");
    }

    @Test
    void sha256IsTheStandardOne() {
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
