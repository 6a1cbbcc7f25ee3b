package com.discomcare.contracts.connection;

import java.time.Instant;

/**
 * The field engineer inspected the site. {@code NOT_FEASIBLE} is followed by {@link ApplicationRejected}.
 *
 * @param remarks what the engineer found; for {@code NOT_FEASIBLE} the reason
 * @param stage   the time-limit stage that runs (inspection does not change it); null for {@code NOT_FEASIBLE}
 * @param dueAt   the due time now: unchanged for {@code FEASIBLE}; for {@code NEEDS_EXTENSION} the stage's due time
 *                under the network-extension limit, counted from the stage's start; null for {@code NOT_FEASIBLE}
 */
public record SiteInspected(
        String requestNumber,
        InspectionOutcome outcome,
        String remarks,
        String stage,
        Instant dueAt,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
