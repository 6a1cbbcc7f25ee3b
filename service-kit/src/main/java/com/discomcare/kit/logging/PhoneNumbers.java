package com.discomcare.kit.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indian mobile numbers in text meant for logs, masked to their first two and last two digits ({@code 98******10}),
 * with or without {@code +91}. Logs go to people and systems that have no need for consumers' numbers.
 */
public final class PhoneNumbers {

    /** Ten digits starting with 6-9, not part of a longer number (request numbers have 12 digits). */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])((?:\\+91[ -]?)?[6-9][0-9])([0-9]{6})([0-9]{2})(?![0-9])");

    private PhoneNumbers() {
    }

    /** {@code text} with every mobile number masked; the same instance when it has none. */
    public static String masked(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = MOBILE.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        return matcher.replaceAll("$1******$3");
    }

    public static boolean contains(String text) {
        return text != null && MOBILE.matcher(text).find();
    }
}
