package com.discomcare.kit.rest;

import com.discomcare.kit.text.Text;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem document; {@code errors} lists each invalid field, {@code currentState} comes with 409.
 * Its text often echoes what the client sent, so control characters and lone surrogates are replaced: the
 * document can always be written as JSON and shown or logged safely.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String currentState,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        detail = Text.clean(detail);
        instance = Text.clean(instance);
        currentState = Text.clean(currentState);
    }

    public record FieldError(String field, String message) {
        public FieldError {
            field = Text.clean(field);
            message = Text.clean(message);
        }
    }
}
