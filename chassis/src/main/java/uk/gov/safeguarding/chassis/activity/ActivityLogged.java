package uk.gov.safeguarding.chassis.activity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that must leave an activity log entry: every state change and every read of
 * child-level records. The service records success in its own transaction; when the operation is
 * refused or fails, {@link ActivityLogFilter} records that outcome instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ActivityLogged {

    /** e.g. {@code contact.decide}. */
    String action();

    /** e.g. {@code contact}. */
    String resourceType();

    /** The path parameter that names the resource, when there is one. */
    String idParameter() default "id";
}
