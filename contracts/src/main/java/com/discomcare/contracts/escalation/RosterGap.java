package com.discomcare.contracts.escalation;

import java.time.Instant;

/** Nobody holds {@code role} for the district on the roster: the case went on to the next tier up. */
public record RosterGap(String requestNumber, int tier, OfficerRole role, String district, Instant at)
        implements EscalationEvent {
}
