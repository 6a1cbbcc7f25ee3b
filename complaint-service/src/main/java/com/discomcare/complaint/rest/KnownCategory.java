package com.discomcare.complaint.rest;

import com.discomcare.complaint.policy.ComplaintPolicy;
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

/** A complaint category code that the loaded time-limit policy knows (null is left to @NotBlank). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCategory.Validator.class)
public @interface KnownCategory {

    String message() default "is not a known complaint category (see GET /api/v1/complaint-policy/categories)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownCategory, String> {

        // Lazy: validators are built at static init, before the runtime configuration that names the policy file.
        @Inject
        Provider<ComplaintPolicy> policy;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || policy.get().isKnownCategory(value);
        }
    }
}
