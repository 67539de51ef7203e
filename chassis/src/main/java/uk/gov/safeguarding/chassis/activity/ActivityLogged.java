package uk.gov.safeguarding.chassis.activity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that must leave exactly one activity log entry: every state change and every read of
 * child-level records. The action is the one recorded, whatever the outcome; name it with a constant of
 * the service's actions class, so declarations and tests share one list.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ActivityLogged {

    /** e.g. {@code contact.decide}. */
    String action();

    /** e.g. {@code contact}. */
    String resourceType();

    /** The path or query parameter that names the resource, when there is one. */
    String idParameter() default "id";

    /** A query parameter holding a child ref the request concerns (a search by child), when there is one. */
    String childRefParameter() default "";
}
