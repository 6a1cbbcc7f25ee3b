package com.discomcare.complaint.rest;

import com.discomcare.complaint.directory.ConsumerDirectory;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A registration names the consumer's name, phone, area type and district, unless its consumer number is in the
 * consumer directory, which fills in what is left out. Each missing field is an error of its own, reported with the
 * body's other errors.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsumerDetailsComplete.Validator.class)
public @interface ConsumerDetailsComplete {

    String message() default "must be given unless the consumer number is in the consumer directory";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsumerDetailsComplete, Requests.Register> {

        // Lazy, like every validator's dependency: validators are built before the datasource.
        @Inject
        Provider<ConsumerDirectory> directory;

        @Override
        public boolean isValid(Requests.Register body, ConstraintValidatorContext context) {
            // A phone that is present but not a mobile number is @Pattern's error already.
            boolean nameMissing = blank(body.name());
            boolean phoneMissing = body.phone() == null;
            boolean districtMissing = blank(body.district());
            boolean areaTypeMissing = body.areaType() == null;
            if (!(nameMissing || phoneMissing || districtMissing || areaTypeMissing)
                    || directory.get().find(body.consumerNumber()).isPresent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            String message = context.getDefaultConstraintMessageTemplate();
            if (nameMissing) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode("name").addConstraintViolation();
            }
            if (phoneMissing) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode("phone").addConstraintViolation();
            }
            if (areaTypeMissing) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode("areaType").addConstraintViolation();
            }
            if (districtMissing) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode("district").addConstraintViolation();
            }
            return false;
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
