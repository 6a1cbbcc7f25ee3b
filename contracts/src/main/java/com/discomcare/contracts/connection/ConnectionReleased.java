package com.discomcare.contracts.connection;

import com.discomcare.contracts.escalation.Officer;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The connection is energised and the consumer exists; the clock stops for good. Carries the consumer
 * directory's fields so that other services can keep a directory from this event alone.
 *
 * @param withinDueTime       released at or before the due time
 * @param relationshipManager the consumer's named relationship manager (large and industrial consumers); null if none
 */
public record ConnectionReleased(
        String requestNumber,
        String consumerNumber,
        String name,
        String phone,
        String district,
        ConnectionAreaType areaType,
        ConnectionCategory category,
        BigDecimal load,
        LoadUnit loadUnit,
        Officer relationshipManager,
        boolean withinDueTime,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
