package com.discomcare.contracts.complaint;

import java.time.Instant;

public record ComplaintAssigned(
        String requestNumber,
        String engineerId,
        String engineerName,
        String engineerPhone,
        String by,
        String byName,
        String byRole,
        Instant at) implements ComplaintEvent {
}
