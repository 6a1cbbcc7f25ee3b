package com.discomcare.kit.rest;

import com.discomcare.kit.text.Text;
import jakarta.validation.ConstraintValidatorContext;

/** The check behind {@link PlainText} and {@link FreeText}, with a message that names what was found. */
final class TextRules {

    private TextRules() {
    }

    static boolean check(String value, boolean lineBreaksAllowed, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = null;
        if (Text.hasControlCharacters(value, lineBreaksAllowed)) {
            problem = lineBreaksAllowed ? "must not contain control characters other than tab and line breaks"
                    : "must not contain control characters (not even a tab or a line break)";
        } else if (Text.hasLoneSurrogate(value)) {
            problem = "must not contain unpaired UTF-16 surrogates (not valid Unicode text)";
        }
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }
}
