package com.discomcare.kit.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A request body named its actor in a field that {@link ActorFromToken} refuses. Thrown while the body is read,
 * so it is a Jackson exception; {@link ProblemMapper} answers 400 with the field and {@link #REASON}.
 */
public class ActorInBodyException extends MismatchedInputException {

    public static final String REASON = "the actor is the signed-in user; do not send ";

    private final String field;

    public ActorInBodyException(JsonParser parser, Class<?> bodyType, String field) {
        super(parser, REASON + field, bodyType);
        this.field = field;
        prependPath(bodyType, field);
    }

    public String field() {
        return field;
    }
}
