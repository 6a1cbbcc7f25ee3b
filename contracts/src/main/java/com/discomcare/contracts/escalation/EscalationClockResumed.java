package com.discomcare.contracts.escalation;

import java.time.Instant;

/** The complaint's clock runs again with its moved due time; the pending tier falls due at {@code nextTierDueAt}. */
public record EscalationClockResumed(String requestNumber, Instant dueAt, Instant nextTierDueAt, Instant at)
        implements EscalationEvent {
}
