package com.discomcare.contracts.escalation;

import java.time.Instant;

/** The complaint was reopened: the ladder starts again from the CRO with the new due time. */
public record EscalationCaseRestarted(String requestNumber, Instant dueAt, Officer holder, Instant nextTierDueAt,
                                      Instant at) implements EscalationEvent {
}
