package com.discomcare.contracts.connection;

import java.time.Instant;

/**
 * One of the request's steps is done.
 *
 * @param step  one of the registered {@code steps}
 * @param stage the time-limit stage now running
 * @param dueAt the due time now (unchanged unless the step starts a stage with its own limit)
 */
public record ServiceRequestStepRecorded(
        String requestNumber,
        String step,
        String remarks,
        String stage,
        Instant dueAt,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
