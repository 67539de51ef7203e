package uk.gov.safeguarding.chassis.council;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import uk.gov.safeguarding.kernel.Councils;

/**
 * A field or parameter that names a council: the ONS code or DfE LA number of one of England's children's
 * services authorities (the shared kernel's {@link Councils}). {@code null} is left to {@code @NotNull}.
 * Services store {@link CouncilCodes#canonical} of it, so one council is one code whichever was sent.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CouncilCodeValidator.class)
public @interface CouncilCode {

    String message() default Councils.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
