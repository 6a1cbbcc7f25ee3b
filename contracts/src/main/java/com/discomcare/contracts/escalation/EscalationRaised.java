package com.discomcare.contracts.escalation;

import java.time.Duration;
import java.time.Instant;

/** The complaint passed a limit and moved up a tier to {@code officer}; {@code nextTierDueAt} is null at the last tier. */
public record EscalationRaised(String requestNumber, int tier, OfficerRole role, Officer officer, String district,
                               Duration overdueBy, Instant nextTierDueAt, Instant at) implements EscalationEvent {
}
