package com.discomcare.contracts.complaint;

import java.time.Instant;

public record ComplaintPaused(
        String requestNumber,
        PauseReason reason,
        String remarks,
        String by,
        String byName,
        String byRole,
        Instant at) implements ComplaintEvent {
}
