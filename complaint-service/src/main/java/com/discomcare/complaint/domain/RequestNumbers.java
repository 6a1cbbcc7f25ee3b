package com.discomcare.complaint.domain;

/**
 * Request numbers are 12 digits: the two-digit year of registration, a 9-digit serial from a database sequence
 * (unique across every running instance) and a Damm check digit. Digits only, so a consumer can type one into
 * an SMS; the Damm check catches every single-digit mistake and every swap of two adjacent digits.
 */
public final class RequestNumbers {

    public static final int LENGTH = 12;
    private static final long MAX_SERIAL = 999_999_999L;

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

    private RequestNumbers() {
    }

    public static String format(int year, long serial) {
        if (year < 0) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("request number serial out of range: " + serial);
        }
        String body = String.format("%02d%09d", year % 100, serial);
        return body + checkDigit(body);
    }

    /** Whether the text is a well-formed request number with a correct check digit. */
    public static boolean isValid(String text) {
        if (text == null || text.length() != LENGTH) {
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
