package com.discomcare.contracts.complaint;

import java.time.Instant;

public record ComplaintResolved(
        String requestNumber,
        ResolutionCode resolutionCode,
        String remarks,
        boolean withinDueTime,
        String by,
        String byName,
        String byRole,
        Instant at) implements ComplaintEvent {
}
