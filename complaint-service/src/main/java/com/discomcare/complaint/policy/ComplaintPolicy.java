package com.discomcare.complaint.policy;

import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.complaint.ClockType;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rules that are policy data, not code: complaint categories with their regulatory time limits, the
 * working-hours calendar, and how long after resolution a consumer may reopen a complaint.
 */
public record ComplaintPolicy(SortedMap<String, CategoryLimit> categories, WorkingCalendar calendar,
                              Duration reopenWindow) {

    public ComplaintPolicy {
        categories = new TreeMap<>(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("the complaint policy names no category");
        }
    }

    public Optional<CategoryLimit> category(String code) {
        return Optional.ofNullable(code).map(categories::get);
    }

    public boolean isKnownCategory(String code) {
        return code != null && categories.containsKey(code);
    }

    public DueTime dueTime(String categoryCode, AreaType areaType, Instant from) {
        CategoryLimit category = category(categoryCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown complaint category " + categoryCode));
        TimeLimit limit = category.limitFor(areaType);
        Instant dueAt = switch (category.clock()) {
            case PLAIN -> from.plus(limit.asPlainDuration());
            case WORKING_HOURS -> calendar.addWorkingTime(from, limit);
        };
        return new DueTime(category.code(), areaType, category.clock(), limit, from, dueAt);
    }

    /**
     * How a pause from {@code pausedAt} to {@code resumedAt} moves {@code dueAt}, on the clock the complaint was
     * registered with.
     * <p>
     * A pause stops the complaint's clock, so the due time moves later by exactly the time that clock would have
     * run during the pause, counted on the same clock, from the old due time:
     * <ul>
     * <li>{@code PLAIN}: the wall-clock span of the pause.</li>
     * <li>{@code WORKING_HOURS}: only the working time in the pause counts (nights and holidays of the calendar
     * count nothing), and it is added to the old due time as working time. A pause from 19:30 to 08:30 next day
     * moves the due time by one working hour (30 min before closing and 30 min after opening), not by 13 hours;
     * a pause wholly outside working hours moves nothing. Adding to a due time at closing continues at the next
     * working day's opening (20:00 plus one hour is 09:00 next working day).</li>
     * </ul>
     * This is the same as keeping, after the resume, the working time that was left before the due time when the
     * pause began (the working time between the old and the new due time equals that within the pause). Shifting
     * the due time rather than recounting the rest also keeps an overdue complaint overdue by as much as before.
     */
    public ClockResumed resume(ClockType clock, Instant dueAt, Instant pausedAt, Instant resumedAt) {
        return switch (clock) {
            case PLAIN -> {
                Duration paused = resumedAt.isAfter(pausedAt) ? Duration.between(pausedAt, resumedAt) : Duration.ZERO;
                yield new ClockResumed(paused, dueAt.plus(paused));
            }
            case WORKING_HOURS -> {
                Duration paused = calendar.workingTimeBetween(pausedAt, resumedAt);
                yield new ClockResumed(paused, calendar.plusWorkingTime(dueAt, paused));
            }
        };
    }

    /** A resumed clock: the time the pause held it, on its own clock, and the due time moved by that. */
    public record ClockResumed(Duration pausedFor, Instant dueAt) {
    }

    public record DueTime(String category, AreaType areaType, ClockType clock, TimeLimit limit, Instant from,
                          Instant dueAt) {
    }
}
