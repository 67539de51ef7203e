package uk.gov.safeguarding.chassis.council;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import uk.gov.safeguarding.kernel.Councils;

public class CouncilCodeValidator implements ConstraintValidator<CouncilCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || Councils.england().find(value).isPresent()) {
            return true;
        }
        // Say why a Welsh or district code is refused; the text holds no message-template characters.
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(Councils.england().refusal(value)).addConstraintViolation();
        return false;
    }
}
