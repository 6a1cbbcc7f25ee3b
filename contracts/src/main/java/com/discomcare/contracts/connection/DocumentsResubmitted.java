package com.discomcare.contracts.connection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The applicant handed in what the deficiency notice asked for; the clock runs again.
 *
 * @param pausedFor how long the clock stood still, and so how far {@code dueAt} moved
 * @param dueAt     the moved due time
 */
public record DocumentsResubmitted(
        String requestNumber,
        List<SubmittedDocument> documents,
        Duration pausedFor,
        Instant dueAt,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
