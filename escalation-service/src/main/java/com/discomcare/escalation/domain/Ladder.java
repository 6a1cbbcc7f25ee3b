package com.discomcare.escalation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * When each tier is reached, per case type: three offsets after the complaint's due time (tier 1: customer
 * service manager, tier 2: district manager, tier 3: circle head). Case types without their own ladder use the
 * default. {@code settle} is added to every tier: a complaint resolved just before its due time reaches this service
 * a moment later (outbox and Kafka), and must stop the case before the first tier fires.
 */
public record Ladder(List<Duration> defaultTiers, Map<String, List<Duration>> tiersByCaseType, Duration settle) {

    public static final int TIERS = 3;

    public Ladder {
        check("default", defaultTiers);
        tiersByCaseType.forEach(Ladder::check);
        if (settle.isNegative()) {
            throw new IllegalArgumentException("ladder settle time must not be negative");
        }
        defaultTiers = List.copyOf(defaultTiers);
        tiersByCaseType = Map.copyOf(tiersByCaseType);
    }

    /** When {@code tier} (1-3) of a complaint due at {@code dueAt} falls due. */
    public Instant tierDueAt(String caseType, int tier, Instant dueAt) {
        return dueAt.plus(tiersByCaseType.getOrDefault(caseType, defaultTiers).get(tier - 1)).plus(settle);
    }

    private static void check(String caseType, List<Duration> tiers) {
        if (tiers.size() != TIERS) {
            throw new IllegalArgumentException("ladder " + caseType + ": needs " + TIERS + " tiers, has " + tiers.size());
        }
        for (int i = 0; i < TIERS; i++) {
            if (tiers.get(i).isNegative() || (i > 0 && tiers.get(i).compareTo(tiers.get(i - 1)) <= 0)) {
                throw new IllegalArgumentException("ladder " + caseType + ": tiers must be non-negative and increasing");
            }
        }
    }
}
