package com.discomcare.connection.domain;

/**
 * Application and service-request numbers are 13 digits: a kind digit ({@link Kind#APPLICATION} 5,
 * {@link Kind#SERVICE_REQUEST} 6), the two-digit year of registration, a 9-digit serial from a database sequence
 * (one per kind, shared by every instance) and a Damm check digit. Digits only, like complaint request numbers
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

    // Damm's totally anti-symmetric quasigroup of order 10.
    private static final int[][] QUASIGROUP = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

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
        return body + checkDigit(body);
    }

    /** Whether the text is a well-formed number of that kind with a correct check digit. */
    public static boolean isValid(Kind kind, String text) {
        if (text == null || text.length() != LENGTH || text.charAt(0) != kind.digit) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return interim(text) == 0;
    }

    static char checkDigit(String digits) {
        return (char) ('0' + interim(digits));
    }

    private static int interim(String digits) {
        int state = 0;
        for (int i = 0; i < digits.length(); i++) {
            state = QUASIGROUP[state][digits.charAt(i) - '0'];
        }
        return state;
    }
}
