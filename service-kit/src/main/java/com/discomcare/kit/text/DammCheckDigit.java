package com.discomcare.kit.text;

/**
 * The Damm check digit of the numbers people type (complaint request numbers, application and service-request
 * numbers): it catches every single mistyped digit and every swap of two different adjacent digits. ASCII digits
 * only: a Devanagari or full-width digit is a different character, not the same number.
 */
public final class DammCheckDigit {

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

    private DammCheckDigit() {
    }

    /** The digit to append to {@code digits} (ASCII digits; anything else is a programming error). */
    public static char of(String digits) {
        if (!allDigits(digits)) {
            throw new IllegalArgumentException("not ASCII digits: " + digits);
        }
        return (char) ('0' + interim(digits));
    }

    /** Whether {@code text} is ASCII digits ending in their correct check digit. */
    public static boolean isValid(String text) {
        return text != null && !text.isEmpty() && allDigits(text) && interim(text) == 0;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int interim(String digits) {
        int state = 0;
        for (int i = 0; i < digits.length(); i++) {
            state = QUASIGROUP[state][digits.charAt(i) - '0'];
        }
        return state;
    }
}
