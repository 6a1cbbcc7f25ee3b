package com.discomcare.contracts.connection;

import java.time.Instant;

/** The request was rejected with a reason; its clock stops. */
public record ServiceRequestRejected(
        String requestNumber,
        String reason,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
