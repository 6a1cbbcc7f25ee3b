package com.discomcare.contracts.complaint;

import java.time.Instant;

public record FeedbackGiven(
        String requestNumber,
        int rating,
        String comment,
        String by,
        Instant at) implements ComplaintEvent {
}
