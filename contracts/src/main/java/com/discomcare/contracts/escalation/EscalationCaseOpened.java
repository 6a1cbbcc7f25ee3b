package com.discomcare.contracts.escalation;

import java.time.Instant;

/**
 * A complaint's or a connection request's case opened, owned by its district's CRO (null when the roster has none);
 * tier 1 falls due at {@code nextTierDueAt}.
 *
 * @param relationshipManager the district's relationship manager, named on the cases of large (above 100 kW) and
 *                            industrial consumers' connection requests; null for every other case or when the roster
 *                            has none
 */
public record EscalationCaseOpened(String requestNumber, String caseType, String district, Instant dueAt,
                                   Officer holder, Officer relationshipManager, Instant nextTierDueAt, Instant at)
        implements EscalationEvent {
}
