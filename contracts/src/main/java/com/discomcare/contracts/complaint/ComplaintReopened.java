package com.discomcare.contracts.complaint;

import java.time.Instant;

/** The consumer reported the fault again after resolution; the regulatory clock starts anew at {@code dueAt}. */
public record ComplaintReopened(
        String requestNumber,
        String reason,
        Instant dueAt,
        String by,
        String byName,
        String byRole,
        Instant at) implements ComplaintEvent {
}
