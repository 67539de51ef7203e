package uk.gov.safeguarding.contacts.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.contacts.rest.ChildRequest;
import uk.gov.safeguarding.contacts.rest.RecordContactRequest;
import uk.gov.safeguarding.contacts.service.NewChild;
import uk.gov.safeguarding.contacts.service.NewContact;
import uk.gov.safeguarding.testsupport.architecture.FieldRules;

/**
 * The API's contact and the service's command hold the same field rules: the API documents them, batch
 * intake validates the command, and a row must be accepted exactly when the API would accept the contact.
 */
class CommandConstraintsTest {

    @Test
    void aNewContactHasTheApisFieldRules() {
        assertThat(rules(NewContact.class)).isEqualTo(rules(RecordContactRequest.class));
        // the comparison sees the rules, not empty lists
        assertThat(rules(NewContact.class).get("localAuthority")).contains("CouncilCode", "NotNull");
        assertThat(rules(NewContact.class).get("senderRef")).contains("Pattern", "max=64");
        assertThat(rules(NewContact.class).get("children")).contains("NotEmpty", "Size", "Valid");
    }

    @Test
    void aNewChildHasTheApisFieldRules() {
        assertThat(rules(NewChild.class)).isEqualTo(rules(ChildRequest.class));
        assertThat(rules(NewChild.class).get("childRef")).contains("NotNull", "Pattern");
    }

    private static Map<String, String> rules(Class<? extends Record> type) {
        return FieldRules.of(type);
    }
}
