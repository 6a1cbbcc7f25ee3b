package com.discomcare.escalation.roster;

/**
 * An officer's phone number as logs may show it: the first and last two digits ({@code 98******10}), enough to
 * tell two numbers apart in an investigation, not enough to call anyone.
 */
public final class MaskedPhone {

    private static final int SHOWN_AT_EACH_END = 2;

    private MaskedPhone() {
    }

    public static String of(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() <= 2 * SHOWN_AT_EACH_END) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, SHOWN_AT_EACH_END)
                + "*".repeat(phone.length() - 2 * SHOWN_AT_EACH_END)
                + phone.substring(phone.length() - SHOWN_AT_EACH_END);
    }
}
