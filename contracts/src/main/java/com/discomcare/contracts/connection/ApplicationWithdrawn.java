package com.discomcare.contracts.connection;

import java.time.Instant;

/** The applicant withdrew the application; it ends and its clock stops. */
public record ApplicationWithdrawn(
        String requestNumber,
        String reason,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
