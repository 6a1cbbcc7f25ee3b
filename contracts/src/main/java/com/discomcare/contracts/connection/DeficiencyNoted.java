package com.discomcare.contracts.connection;

import java.time.Instant;
import java.util.List;

/**
 * The applicant was told what is missing or wrong; the clock stops until {@link DocumentsResubmitted}.
 *
 * @param missing the checklist slots or document types to submit again
 */
public record DeficiencyNoted(
        String requestNumber,
        List<String> missing,
        String remarks,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
