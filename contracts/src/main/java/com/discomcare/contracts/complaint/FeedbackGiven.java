package com.discomcare.contracts.complaint;

import java.time.Instant;

public record FeedbackGiven(
        String requestNumber,
        int rating,
        String comment,
        String by,
        String byName,
        String byRole,
        Instant at) implements ComplaintEvent {
}
