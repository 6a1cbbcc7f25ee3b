package com.discomcare.contracts.escalation;

import java.time.Instant;

/** The complaint was resolved or closed: nothing more will be raised for it. */
public record EscalationCaseStopped(String requestNumber, String reason, Instant at) implements EscalationEvent {
}
