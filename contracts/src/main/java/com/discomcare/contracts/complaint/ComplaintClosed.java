package com.discomcare.contracts.complaint;

import java.time.Instant;

public record ComplaintClosed(
        String requestNumber,
        String remarks,
        String by,
        String byName,
        String byRole,
        Instant at) implements ComplaintEvent {
}
