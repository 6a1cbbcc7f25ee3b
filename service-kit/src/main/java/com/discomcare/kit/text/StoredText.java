package com.discomcare.kit.text;

/**
 * Text made safe for PostgreSQL and for readers: NUL and the other C0 control characters except tab, line feed and
 * carriage return, and lone UTF-16 surrogates, become U+FFFD. The REST API refuses such text outright; this is for
 * text that arrives another way (another producer's events, events stored before the API refused it).
 */
public final class StoredText {

    public static final char REPLACEMENT = '\uFFFD';

    private StoredText() {
    }

    /** {@code text} itself when it is safe already (the common case: no copy), else a cleaned copy; null stays null. */
    public static String safe(String text) {
        if (text == null || isSafe(text)) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cleaned.append(c).append(text.charAt(++i));
            } else if (isControl(c) || Character.isSurrogate(c)) {
                cleaned.append(REPLACEMENT);
            } else {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    /** True if the text has no NUL, no C0 control character other than tab and line breaks, no lone surrogate. */
    public static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }
}
