package com.discomcare.contracts.escalation;

import java.time.Instant;

/** A complaint's case opened, owned by its district's CRO (null when the roster has none); tier 1 falls due at {@code nextTierDueAt}. */
public record EscalationCaseOpened(String requestNumber, String caseType, String district, Instant dueAt,
                                   Officer holder, Instant nextTierDueAt, Instant at) implements EscalationEvent {
}
