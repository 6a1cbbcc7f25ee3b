package com.discomcare.complaint.consumer;

import com.discomcare.complaint.directory.ConsumerDirectory;
import com.discomcare.complaint.directory.DirectoryEntry;
import com.discomcare.contracts.EventCatalog;
import com.discomcare.contracts.EventCatalogs;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.connection.ApplicationRegistered;
import com.discomcare.contracts.connection.ApplicationRejected;
import com.discomcare.contracts.connection.ApplicationWithdrawn;
import com.discomcare.contracts.connection.ConnectionEvent;
import com.discomcare.contracts.connection.ConnectionReleased;
import com.discomcare.contracts.connection.DeficiencyNoted;
import com.discomcare.contracts.connection.DemandNoteIssued;
import com.discomcare.contracts.connection.DocumentsResubmitted;
import com.discomcare.contracts.connection.DocumentsVerified;
import com.discomcare.contracts.connection.PaymentReceived;
import com.discomcare.contracts.connection.ReadyForRelease;
import com.discomcare.contracts.connection.ServiceRequestCompleted;
import com.discomcare.contracts.connection.ServiceRequestRegistered;
import com.discomcare.contracts.connection.ServiceRequestRejected;
import com.discomcare.contracts.connection.ServiceRequestStepRecorded;
import com.discomcare.contracts.connection.SiteInspected;
import com.discomcare.kit.kafka.EventSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

import static com.discomcare.kit.kafka.EventSubscriber.nothing;

/** Keeps the consumer directory from connections.v1: every released connection is a consumer registration knows. */
@ApplicationScoped
public class ConnectionEventsHandler implements EventSubscriber<ConnectionEvent> {

    private final ConsumerDirectory directory;

    @Inject
    public ConnectionEventsHandler(ConsumerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public EventCatalog<ConnectionEvent> catalog() {
        return EventCatalogs.CONNECTIONS;
    }

    @Override
    public Optional<Work> workFor(ConnectionEvent event, IntegrationEvent envelope) {
        return switch (event) {
            case ConnectionReleased e -> Optional.of(() -> directory.putReleased(new DirectoryEntry(e.consumerNumber(),
                    e.name(), e.phone(), e.district(), e.areaType(), e.category(), e.load(), e.loadUnit(),
                    e.relationshipManager()), e.requestNumber(), e.at()));
            // Until its release an application is no consumer; a service request changes an existing one, whose
            // directory entry follows the release that created it.
            case ApplicationRegistered e -> nothing();
            case DocumentsVerified e -> nothing();
            case DeficiencyNoted e -> nothing();
            case DocumentsResubmitted e -> nothing();
            case SiteInspected e -> nothing();
            case DemandNoteIssued e -> nothing();
            case PaymentReceived e -> nothing();
            case ReadyForRelease e -> nothing();
            case ApplicationWithdrawn e -> nothing();
            case ApplicationRejected e -> nothing();
            case ServiceRequestRegistered e -> nothing();
            case ServiceRequestStepRecorded e -> nothing();
            case ServiceRequestCompleted e -> nothing();
            case ServiceRequestRejected e -> nothing();
        };
    }
}
