package com.discomcare.contracts.connection;

import java.time.Instant;

/**
 * The meter is installed and the installation's test report is received; the clock runs on.
 *
 * @param testReportReference the number of the wiring test report
 */
public record ReadyForRelease(
        String requestNumber,
        String testReportReference,
        String remarks,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
