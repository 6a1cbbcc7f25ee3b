package com.discomcare.escalation.domain;

/** The payload of a tier's deadline; {@code round} tells a deadline of an earlier ladder (before a restart) apart. */
public record TierDue(int tier, int round) {
}
