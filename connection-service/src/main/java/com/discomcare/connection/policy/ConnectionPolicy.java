package com.discomcare.connection.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The time limits of applications and service requests: policy data read by {@link ConnectionPolicyFile}, per
 * request type, stage, condition, voltage class, area type and load. Limits run on the plain clock (a day is 24
 * hours), as the charters and the Rules count them.
 */
public final class ConnectionPolicy {

    /** What starts the clock of a request type's first stage. */
    public static final String REGISTERED = "REGISTERED";

    private final Map<String, RequestTypePolicy> requestTypes = new LinkedHashMap<>();

    public ConnectionPolicy(Collection<RequestTypePolicy> requestTypes) {
        requestTypes.forEach(type -> this.requestTypes.put(type.code(), type));
        if (this.requestTypes.isEmpty()) {
            throw new IllegalArgumentException("the connection policy names no request type");
        }
    }

    public List<RequestTypePolicy> requestTypes() {
        return List.copyOf(requestTypes.values());
    }

    public Optional<RequestTypePolicy> requestType(String code) {
        return Optional.ofNullable(code).map(requestTypes::get);
    }

    /**
     * The row that sets the limit of {@code query}: the first of its stage that applies.
     *
     * @throws IllegalArgumentException naming what is unknown or missing: an unknown request type, stage or
     *                                  condition, or a condition, voltage class, area type or load the limits depend
     *                                  on but the query leaves out
     */
    public LimitRow limitFor(DueTimeQuery query) {
        RequestTypePolicy type = requestType(query.requestType()).orElseThrow(() -> new IllegalArgumentException(
                "unknown request type " + query.requestType() + ": one of " + requestTypes.keySet()));
        StagePolicy stage = type.stage(query.stage()).orElseThrow(() -> new IllegalArgumentException(
                type.code() + " has no stage " + query.stage() + ": one of "
                        + type.stages().stream().map(StagePolicy::code).toList()));
        if (query.condition() != null && !type.conditions().contains(query.condition())) {
            throw new IllegalArgumentException(type.conditions().isEmpty()
                    ? type.code() + " takes no condition"
                    : query.condition() + " is not a condition of " + type.code() + ": one of " + type.conditions());
        }
        for (LimitRow row : stage.limits()) {
            var lacking = new ArrayList<String>();
            if (!applies(row.conditions(), query.condition(), "condition", lacking)
                    || !applies(row.voltageClasses(), query.voltageClass(), "voltage class", lacking)
                    || !applies(row.areaTypes(), query.areaType(), "area type", lacking)) {
                continue;
            }
            if (row.loadUpTo() != null && query.load() == null) {
                lacking.add("load");
            }
            if (!lacking.isEmpty()) {
                throw new IllegalArgumentException("the " + type.code() + " " + stage.code() + " limit depends on the "
                        + String.join(", ", lacking) + ": give it");
            }
            if (row.loadUpTo() == null || query.load().compareTo(row.loadUpTo()) <= 0) {
                return row;
            }
        }
        // The policy file is checked to cover every condition, voltage class and area type, so only a query that
        // leaves out a value gets here.
        throw new IllegalArgumentException("no " + type.code() + " " + stage.code() + " limit applies to " + query);
    }

    /** When {@code query}'s stage is due if its clock starts at {@code from}. */
    public DueTime dueTime(DueTimeQuery query, Instant from) {
        LimitRow row = limitFor(query);
        return new DueTime(query, row.limit(), row.source(), from, from.plus(row.limit()));
    }

    /**
     * How a pause of the clock (a deficiency notice until the applicant resubmits, a demand note until it is paid)
     * moves {@code dueAt}: later by the paused span, nothing if {@code resumedAt} is not after {@code pausedAt}. An
     * overdue request paused and resumed stays overdue by as much as before.
     */
    public static ClockResumed resume(Instant dueAt, Instant pausedAt, Instant resumedAt) {
        Duration paused = resumedAt.isAfter(pausedAt) ? Duration.between(pausedAt, resumedAt) : Duration.ZERO;
        return new ClockResumed(paused, dueAt.plus(paused));
    }

    private static <T> boolean applies(Set<T> named, T value, String dimension, List<String> lacking) {
        if (named.isEmpty()) {
            return true;
        }
        if (value == null) {
            lacking.add(dimension);
            return true;
        }
        return named.contains(value);
    }

    /** A resumed clock: how long it stood still and the moved due time. */
    public record ClockResumed(Duration pausedFor, Instant dueAt) {
    }

    /** A due time and what it was computed from. */
    public record DueTime(DueTimeQuery query, Duration limit, String source, Instant from, Instant dueAt) {
    }
}
