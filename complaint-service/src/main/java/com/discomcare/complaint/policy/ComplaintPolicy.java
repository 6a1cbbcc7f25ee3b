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

    public record DueTime(String category, AreaType areaType, ClockType clock, TimeLimit limit, Instant from,
                          Instant dueAt) {
    }
}
