package uk.gov.safeguarding.testsupport.architecture;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Bean Validation rules of a record's components, to compare an API request type with the service
 * command it maps to: the API documents the rules, batch intake validates the command, and a row must be
 * accepted exactly when the API would accept the same fields.
 */
public final class FieldRules {

    private FieldRules() {
    }

    /** Each component's rules, on the field and on its type's arguments ({@code List<@Pattern …>}), sorted. */
    public static Map<String, String> of(Class<? extends Record> type) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            // Constraints on a record component land on its field (their targets), not on the component.
            List<String> constraints = new ArrayList<>(validation(field(type, component).getAnnotations()));
            if (component.getAnnotatedType() instanceof AnnotatedParameterizedType generic) {
                Arrays.stream(generic.getAnnotatedActualTypeArguments())
                        .forEach(argument -> constraints.addAll(validation(argument.getAnnotations())));
            }
            rules.put(component.getName(), String.join(" ", constraints));
        }
        return rules;
    }

    private static Field field(Class<?> type, RecordComponent component) {
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
