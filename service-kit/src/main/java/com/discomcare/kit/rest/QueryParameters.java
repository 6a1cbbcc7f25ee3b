package com.discomcare.kit.rest;

import java.util.List;

/** Checks of query parameters that collect every problem before answering 400 with the whole list. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The whole number in {@code text} if it lies in [min, max]; otherwise records a problem and returns min. */
    public static int wholeNumber(String field, String text, int min, int max, List<Problem.FieldError> errors) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // recorded below
        }
        errors.add(new Problem.FieldError(field, "must be a whole number from " + min + " to " + max));
        return min;
    }
}
