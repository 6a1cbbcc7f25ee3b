package com.discomcare.contracts.complaint;

import java.time.Instant;

/** The assigned engineer reported reaching the consumer's premises or the fault location. */
public record SiteVisitStarted(
        String requestNumber,
        String remarks,
        String by,
        String byName,
        String byRole,
        Instant at) implements ComplaintEvent {
}
