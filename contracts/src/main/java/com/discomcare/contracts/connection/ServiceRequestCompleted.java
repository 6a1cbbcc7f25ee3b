package com.discomcare.contracts.connection;

import java.time.Instant;

/**
 * The request is carried out; its clock stops.
 *
 * @param withinDueTime completed at or before the due time
 */
public record ServiceRequestCompleted(
        String requestNumber,
        String remarks,
        boolean withinDueTime,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
