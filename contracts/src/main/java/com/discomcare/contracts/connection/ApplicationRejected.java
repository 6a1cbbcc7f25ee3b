package com.discomcare.contracts.connection;

import java.time.Instant;

/** The application was rejected (also after a site found not feasible); it ends and its clock stops. */
public record ApplicationRejected(
        String requestNumber,
        String reason,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
