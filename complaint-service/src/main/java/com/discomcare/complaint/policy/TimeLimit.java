package com.discomcare.complaint.policy;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * A regulatory time limit as written in the policy file (ISO-8601, e.g. {@code PT4H}, {@code P3D}, {@code P1DT6H}).
 * Days and the time part stay apart because on the working-hours calendar a day is a working day, not 24 hours.
 */
public record TimeLimit(int days, Duration time) {

    public TimeLimit {
        if (days < 0 || time.isNegative() || (days == 0 && time.isZero())) {
            throw new IllegalArgumentException("a time limit must be positive");
        }
    }

    public static TimeLimit parse(String iso) {
        if (iso == null) {
            throw new IllegalArgumentException("a time limit is required");
        }
        String text = iso.trim().toUpperCase();
        int t = text.indexOf('T');
        String datePart = t < 0 ? text : text.substring(0, t);
        String timePart = t < 0 ? "" : "P" + text.substring(t);
        try {
            Period period = datePart.equals("P") ? Period.ZERO : Period.parse(datePart);
            if (period.getYears() != 0 || period.getMonths() != 0) {
                throw new IllegalArgumentException("'" + iso + "': use days or weeks, not months or years");
            }
            Duration time = timePart.isEmpty() ? Duration.ZERO : Duration.parse(timePart);
            return new TimeLimit(period.getDays(), time);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + iso + "' is not an ISO-8601 duration such as PT4H or P3D", e);
        }
    }

    /** The limit on the plain clock, where a day is 24 hours. */
    public Duration asPlainDuration() {
        return Duration.ofDays(days).plus(time);
    }

    @Override
    public String toString() {
        return Duration.ZERO.equals(time) ? "P" + days + "D"
                : days == 0 ? time.toString() : "P" + days + "D" + time.toString().substring(1);
    }
}
