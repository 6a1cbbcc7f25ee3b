package com.discomcare.complaint.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The hours in which field work is done at a consumer's installation (08:00-20:00 Asia/Kolkata by default),
 * every day except the listed holidays. Work that cannot be finished by closing time continues next working day.
 */
public record WorkingCalendar(ZoneId zone, LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {

    public WorkingCalendar {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("working hours must open before they close: " + opens + "-" + closes);
        }
        holidays = Set.copyOf(holidays);
    }

    /**
     * The due time of work starting at {@code start}: the start moves to the next opening if it falls outside
     * working hours, then whole days advance to the same time on later working days, then the time part
     * is spent only while the calendar is open.
     */
    public Instant addWorkingTime(Instant start, TimeLimit limit) {
        ZonedDateTime at = nextWorkingMoment(start.atZone(zone));
        for (int i = 0; i < limit.days(); i++) {
            at = at.plusDays(1);
            while (!isWorkingDay(at.toLocalDate())) {
                at = at.plusDays(1);
            }
        }
        Duration left = limit.time();
        while (true) {
            at = nextWorkingMoment(at);
            Duration untilClose = Duration.between(at, at.with(closes));
            if (left.compareTo(untilClose) <= 0) {
                return at.plus(left).toInstant();
            }
            left = left.minus(untilClose);
            at = at.with(closes);
        }
    }

    private ZonedDateTime nextWorkingMoment(ZonedDateTime at) {
        ZonedDateTime candidate = at;
        while (true) {
            LocalTime time = candidate.toLocalTime();
            if (isWorkingDay(candidate.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes)) {
                return candidate;
            }
            candidate = time.isBefore(opens) && isWorkingDay(candidate.toLocalDate())
                    ? candidate.with(opens)
                    : candidate.toLocalDate().plusDays(1).atTime(opens).atZone(zone);
        }
    }

    private boolean isWorkingDay(LocalDate date) {
        return !holidays.contains(date);
    }
}
