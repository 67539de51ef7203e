package uk.gov.safeguarding.contacts.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.contacts.rest.ChildRequest;
import uk.gov.safeguarding.contacts.rest.RecordContactRequest;
import uk.gov.safeguarding.contacts.service.NewChild;
import uk.gov.safeguarding.contacts.service.NewContact;

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

    /** Each component's Bean Validation rules, on the field and on its type's arguments (List<@Valid …>). */
    private static Map<String, String> rules(Class<? extends Record> type) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            // Constraints on a record component land on its field (their targets), not on the component.
            List<String> constraints = new java.util.ArrayList<>(validation(field(type, component).getAnnotations()));
            if (component.getAnnotatedType() instanceof java.lang.reflect.AnnotatedParameterizedType generic) {
                Arrays.stream(generic.getAnnotatedActualTypeArguments())
                        .forEach(argument -> constraints.addAll(validation(argument.getAnnotations())));
            }
            rules.put(component.getName(), String.join(" ", constraints));
        }
        return rules;
    }

    private static java.lang.reflect.Field field(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> validation(Annotation[] annotations) {
        return Arrays.stream(annotations)
                .filter(a -> a.annotationType().getPackageName().startsWith("jakarta.validation")
                        || a.annotationType().getName().endsWith(".CouncilCode"))
                .map(a -> a.annotationType().getSimpleName() + a.toString().replaceAll("^@[\\w.$]+", ""))
                .sorted().toList();
    }
}
