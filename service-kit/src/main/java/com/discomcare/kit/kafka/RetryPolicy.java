package com.discomcare.kit.kafka;

import io.quarkus.narayana.jta.QuarkusTransactionException;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What the consumer does after a failure. A record's own fault (its handler threw) is tried {@code maxAttempts}
 * times with pauses, then dead-lettered. Trouble that is not the record's fault (the database cannot be reached)
 * ({@link com.discomcare.kit.jdbc.SqlFailures#connectionLost}) is waited out on the same record, with pauses doubling up to {@link #MAX_UNAVAILABLE_PAUSE}.
 */
final class RetryPolicy {

    static final Duration FIRST_UNAVAILABLE_PAUSE = Duration.ofMillis(250);
    static final Duration MAX_UNAVAILABLE_PAUSE = Duration.ofSeconds(5);
    private final int maxAttempts;
    private final List<Duration> pauses;

    RetryPolicy(int maxAttempts, List<Duration> pauses) {
        if (maxAttempts < 1 || pauses.isEmpty()) {
            throw new IllegalArgumentException("at least one attempt and one pause");
        }
        this.maxAttempts = maxAttempts;
        this.pauses = List.copyOf(pauses);
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** Whether a record whose handler failed in {@code attempt} (counted from 1) gets another one. */
    boolean triesAgainAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The pause after failed attempt {@code attempt}; the last configured pause repeats. */
    Duration pauseAfter(int attempt) {
        return pauses.get(Math.min(attempt, pauses.size()) - 1);
    }

    /** The pause before trying again while the database or Kafka is unavailable. */
    static Duration nextUnavailablePause(Duration previous) {
        if (previous.isZero()) {
            return FIRST_UNAVAILABLE_PAUSE;
        }
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(MAX_UNAVAILABLE_PAUSE) <= 0 ? doubled : MAX_UNAVAILABLE_PAUSE;
    }

    /** The failure a transaction wrapper reports, without the wrapper. */
    static Throwable unwrap(Throwable e) {
        return e instanceof QuarkusTransactionException && e.getCause() != null ? e.getCause() : e;
    }

    /** The exception's class and message, and those of its root cause if that is another. */
    static String describe(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        String described = failure.getClass().getName() + ": " + failure.getMessage();
        Throwable root = failure;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        return root == failure ? described
                : described + " (caused by " + root.getClass().getName() + ": " + root.getMessage() + ")";
    }
}
