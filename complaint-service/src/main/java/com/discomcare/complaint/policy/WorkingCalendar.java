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
        return plusWorkingTime(at.toInstant(), limit.time());
    }

    /**
     * The moment at which {@code amount} of working time has passed since {@code from}. Zero leaves
     * {@code from} where it is, even outside working hours; any more is spent only while the calendar is open, so
     * from closing time (or after it) it starts at the next working day's opening. Work that ends exactly at
     * closing ends at closing, not at the next opening.
     */
    public Instant plusWorkingTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        ZonedDateTime at = from.atZone(zone);
        Duration left = amount;
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

    /**
     * How much working time lies between {@code from} and {@code to}: the parts of that span inside working hours
     * on working days. Holidays and the hours outside opening count nothing; zero if {@code to} is not after
     * {@code from}.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = day.atTime(opens).atZone(zone).toInstant();
            Instant close = day.atTime(closes).atZone(zone).toInstant();
            Instant start = from.isAfter(open) ? from : open;
            Instant end = to.isBefore(close) ? to : close;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
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
