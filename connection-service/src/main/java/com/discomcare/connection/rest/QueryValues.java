package com.discomcare.connection.rest;

import com.discomcare.kit.rest.Problem;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Query parameters read into values, each fault added to {@code errors} instead of thrown. */
final class QueryValues {

    private static final Pattern MOBILE = Pattern.compile(Requests.MOBILE);
    private static final Pattern CONSUMER_NUMBER = Pattern.compile(Requests.CONSUMER_NUMBER);

    private QueryValues() {
    }

    static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type, boolean required,
                                           List<Problem.FieldError> errors) {
        if (text == null) {
            if (required) {
                errors.add(new Problem.FieldError(field, "is required: one of " + Arrays.toString(type.getEnumConstants())));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /** A load such as 4.2: more than 0, at most 100000, two decimals at most. */
    static BigDecimal load(String field, String text, boolean required, List<Problem.FieldError> errors) {
        if (text == null) {
            if (required) {
                errors.add(new Problem.FieldError(field, "is required, e.g. 5 or 4.2"));
            }
            return null;
        }
        try {
            BigDecimal load = new BigDecimal(text);
            if (load.signum() > 0 && load.compareTo(BigDecimal.valueOf(100_000)) <= 0 && load.scale() <= 2) {
                return load;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(field, "must be a number more than 0 and at most 100000, e.g. 5 or 4.2"));
        return null;
    }

    /** A supply is single-phase or three-phase: 1 or 3, nothing between. */
    static int phases(String field, String text, List<Problem.FieldError> errors) {
        if (text.equals("1") || text.equals("3")) {
            return Integer.parseInt(text);
        }
        errors.add(new Problem.FieldError(field, "must be 1 or 3"));
        return 1;
    }

    /** A mobile number as stored (without +91); null when absent or wrong. */
    static String mobile(String field, String text, List<Problem.FieldError> errors) {
        if (text == null) {
            return null;
        }
        if (!MOBILE.matcher(text).matches()) {
            errors.add(new Problem.FieldError(field, Requests.MOBILE_MESSAGE));
            return null;
        }
        return Requests.normalisePhone(text);
    }

    static String consumerNumber(String field, String text, List<Problem.FieldError> errors) {
        if (text != null && !CONSUMER_NUMBER.matcher(text).matches()) {
            errors.add(new Problem.FieldError(field, Requests.CONSUMER_NUMBER_MESSAGE));
            return null;
        }
        return text;
    }

    static boolean bool(String field, String text, boolean otherwise, List<Problem.FieldError> errors) {
        if (text == null) {
            return otherwise;
        }
        if (!text.equals("true") && !text.equals("false")) {
            errors.add(new Problem.FieldError(field, "must be true or false"));
            return otherwise;
        }
        return Boolean.parseBoolean(text);
    }
}
