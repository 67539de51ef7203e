package uk.gov.safeguarding.chassis.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A day of a body field between 1900 and 2999, as {@link QueryParams#date} holds query days: a year like
 * +999999999 is a caller's mistake, never a calendar we work out nor a date PostgreSQL refuses.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WithinCalendar.Validator.class)
public @interface WithinCalendar {

    String message() default "must be a date between " + QueryParams.MIN_YEAR + " and " + QueryParams.MAX_YEAR;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WithinCalendar, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (value.getYear() >= QueryParams.MIN_YEAR && value.getYear() <= QueryParams.MAX_YEAR);
        }
    }
}
