package com.discomcare.contracts.complaint;

import java.time.Instant;

public record ComplaintClosed(
        String requestNumber,
        String remarks,
        String by,
        Instant at) implements ComplaintEvent {
}
