package com.discomcare.contracts.complaint;

import java.time.Duration;
import java.time.Instant;

/** The clock runs again; the due time moved later by the paused span. */
public record ComplaintResumed(
        String requestNumber,
        Duration pausedFor,
        Instant dueAt,
        String by,
        Instant at) implements ComplaintEvent {
}
