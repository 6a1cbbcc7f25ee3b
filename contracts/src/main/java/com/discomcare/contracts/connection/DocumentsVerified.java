package com.discomcare.contracts.connection;

import java.time.Instant;

/** An officer checked the documents against the originals; the clock runs on. */
public record DocumentsVerified(
        String requestNumber,
        String remarks,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
