package com.discomcare.contracts.complaint;

import java.time.Duration;
import java.time.Instant;

/**
 * The complaint's clock runs again; its due time moved later by the time the clock stood still.
 *
 * @param pausedFor how much the pause held the complaint's clock, counted on that clock, and so how far
 *                  {@code dueAt} moved: on a {@code PLAIN} clock the wall-clock span of the pause; on a
 *                  {@code WORKING_HOURS} clock only the working time within it (a pause from 19:30 to 08:30 next
 *                  day is one hour; nights and holidays count nothing), added to the old due time as working time.
 *                  The wall-clock span is this event's {@code at} minus the {@code ComplaintPaused} event's.
 * @param dueAt     the new due time
 */
public record ComplaintResumed(
        String requestNumber,
        Duration pausedFor,
        Instant dueAt,
        String by,
        String byName,
        String byRole,
        Instant at) implements ComplaintEvent {
}
