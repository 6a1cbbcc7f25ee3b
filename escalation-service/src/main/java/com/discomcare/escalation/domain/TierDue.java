package com.discomcare.escalation.domain;

import java.time.Instant;

/**
 * The payload of a tier's deadline: the tier, when it falls due, and the ladder's {@code round}, which tells a
 * deadline of an earlier ladder (before a restart) apart.
 */
public record TierDue(int tier, int round, Instant at) {
}
