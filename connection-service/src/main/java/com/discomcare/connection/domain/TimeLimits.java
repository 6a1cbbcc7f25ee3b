package com.discomcare.connection.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the aggregates ask of the time-limit policy ({@code CONNECTION_SLA_POLICY}). Each stage's clock is started
 * by an event the policy names: registration, or a step such as the payment in full. A stage's clock stops while the
 * applicant owes documents or money; network extension is not a stage but a condition that switches limits.
 */
public interface TimeLimits {

    /** Events that may start a stage's clock. */
    String REGISTERED = "REGISTERED";
    String PAYMENT_RECEIVED = "PAYMENT_RECEIVED";

    /** A stage and when it falls due. */
    record Due(String stage, Instant dueAt) {
    }

    /** The stage whose clock {@code event} starts at {@code at} for this request; empty when it starts none. */
    Optional<Due> startedBy(ClockSubject subject, String event, Instant at);

    /** When {@code stage} falls due if its clock started at {@code from}. */
    Instant dueAt(ClockSubject subject, String stage, Instant from);

    /** A stage's clock that stood still: for how long, and its due time moved by that span. */
    record Resumed(Duration pausedFor, Instant dueAt) {
    }

    /** How a pause from {@code pausedAt} to {@code resumedAt} (documents or money owed) moves {@code dueAt}. */
    Resumed resume(Instant dueAt, Instant pausedAt, Instant resumedAt);
}
