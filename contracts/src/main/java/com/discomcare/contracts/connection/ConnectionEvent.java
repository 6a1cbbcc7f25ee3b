package com.discomcare.contracts.connection;

import java.time.Instant;

/**
 * The public events of connection-service, published on {@code connections.v1}: the life of a new-connection
 * application and of a service request of an existing consumer. {@code requestNumber} is the application number
 * or the service-request number (13 digits, see docs/architecture.md), which is also the aggregate id and the
 * Kafka key. Every event names who took the step ({@code by}, {@code byName}, {@code byRole}, from the access
 * token) and when ({@code at}). Every event that changes the time limit carries the new {@code dueAt}, so that a
 * consumer can run an escalation ladder from the events alone.
 */
public sealed interface ConnectionEvent permits ApplicationRegistered, DocumentsVerified, DeficiencyNoted,
        DocumentsResubmitted, SiteInspected, DemandNoteIssued, PaymentReceived, ReadyForRelease, ConnectionReleased,
        ApplicationWithdrawn, ApplicationRejected, ServiceRequestRegistered, ServiceRequestStepRecorded,
        ServiceRequestCompleted, ServiceRequestRejected {

    String requestNumber();

    String by();

    String byName();

    String byRole();

    Instant at();
}
