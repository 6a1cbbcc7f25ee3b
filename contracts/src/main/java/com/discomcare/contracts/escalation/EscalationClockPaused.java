package com.discomcare.contracts.escalation;

import java.time.Instant;

public record EscalationClockPaused(String requestNumber, Instant at) implements EscalationEvent {
}
