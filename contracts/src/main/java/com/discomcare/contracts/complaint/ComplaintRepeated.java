package com.discomcare.contracts.complaint;

import java.time.Instant;

/** The consumer called again about a complaint that is still open; {@code callCount} includes the first call. */
public record ComplaintRepeated(
        String requestNumber,
        String phone,
        Channel channel,
        int callCount,
        String by,
        String byName,
        String byRole,
        Instant at) implements ComplaintEvent {
}
