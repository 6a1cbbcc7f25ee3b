package com.discomcare.kit.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person types, possibly over several lines (a description, remarks, an address, a reason, a comment):
 * tab, line feed and carriage return are allowed; any other control character and any unpaired UTF-16 surrogate
 * are not. Null is valid (left to @NotNull).
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FreeText.Validator.class)
public @interface FreeText {

    String message() default "must not contain control characters other than tab and line breaks, or unpaired surrogates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FreeText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return TextRules.check(value, true, context);
        }
    }
}
