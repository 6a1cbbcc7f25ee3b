package com.discomcare.contracts.complaint;

import java.time.Instant;

/**
 * The escalation service moved the complaint up to {@code tier} (1 customer service manager, 2 district manager,
 * 3 circle head); recorded on the complaint from {@code escalations.v1}. {@code escalationEventId} is the
 * {@code EscalationRaised} event it came from.
 */
public record ComplaintEscalated(
        String requestNumber,
        int tier,
        String role,
        String officerId,
        String officerName,
        String officerPhone,
        String escalationEventId,
        String by,
        String byName,
        String byRole,
        Instant at) implements ComplaintEvent {
}
