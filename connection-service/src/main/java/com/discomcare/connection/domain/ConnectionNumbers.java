package com.discomcare.connection.domain;

import com.discomcare.kit.text.DammCheckDigit;

/**
 * Application and service-request numbers are 13 digits: a kind digit ({@link Kind#APPLICATION} 5,
 * {@link Kind#SERVICE_REQUEST} 6), the two-digit year of registration, a 9-digit serial from a database sequence
 * (one per kind, shared by every instance) and a {@link DammCheckDigit}. Digits only, like complaint request numbers
 * (12 digits), so they are typed into an SMS the same way and can never be mistaken for one; the Damm check
 * catches every single-digit mistake and every swap of two adjacent digits.
 */
public final class ConnectionNumbers {

    public static final int LENGTH = 13;
    private static final long MAX_SERIAL = 999_999_999L;

    public enum Kind {
        APPLICATION('5', "an application number"),
        SERVICE_REQUEST('6', "a service-request number");

        private final char digit;
        private final String description;

        Kind(char digit, String description) {
            this.digit = digit;
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private ConnectionNumbers() {
    }

    public static String format(Kind kind, int year, long serial) {
        if (year < 0) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        String body = kind.digit + String.format("%02d%09d", year % 100, serial);
        return body + DammCheckDigit.of(body);
    }

    /** Whether the text is a well-formed number of that kind with a correct check digit. */
    public static boolean isValid(Kind kind, String text) {
        return text != null && text.length() == LENGTH && text.charAt(0) == kind.digit && DammCheckDigit.isValid(text);
    }
}
