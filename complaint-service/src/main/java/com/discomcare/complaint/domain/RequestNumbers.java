package com.discomcare.complaint.domain;

import com.discomcare.kit.text.DammCheckDigit;

/**
 * Request numbers are 12 digits: the two-digit year of registration, a 9-digit serial from a database sequence
 * (unique across every running instance) and a {@link DammCheckDigit}. Digits only, so a consumer can type one into
 * an SMS; the Damm check catches every single-digit mistake and every swap of two adjacent digits.
 */
public final class RequestNumbers {

    public static final int LENGTH = 12;
    private static final long MAX_SERIAL = 999_999_999L;

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
        return body + DammCheckDigit.of(body);
    }

    /** Whether the text is a well-formed request number with a correct check digit. */
    public static boolean isValid(String text) {
        return text != null && text.length() == LENGTH && DammCheckDigit.isValid(text);
    }
}
