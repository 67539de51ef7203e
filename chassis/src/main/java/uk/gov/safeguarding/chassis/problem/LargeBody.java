package uk.gov.safeguarding.chassis.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that streams a large body (a batch file); it is exempt from the ordinary
 * request body limit and bounded by {@code suite.http.max-upload-size} instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {
}
