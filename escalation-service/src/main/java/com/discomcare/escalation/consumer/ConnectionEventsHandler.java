package com.discomcare.escalation.consumer;

import com.discomcare.contracts.EventCatalog;
import com.discomcare.contracts.EventCatalogs;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.connection.ApplicationRegistered;
import com.discomcare.contracts.connection.ApplicationRejected;
import com.discomcare.contracts.connection.ApplicationWithdrawn;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.ConnectionEvent;
import com.discomcare.contracts.connection.ConnectionReleased;
import com.discomcare.contracts.connection.DeficiencyNoted;
import com.discomcare.contracts.connection.DemandNoteIssued;
import com.discomcare.contracts.connection.DocumentsResubmitted;
import com.discomcare.contracts.connection.DocumentsVerified;
import com.discomcare.contracts.connection.InspectionOutcome;
import com.discomcare.contracts.connection.PaymentReceived;
import com.discomcare.contracts.connection.ReadyForRelease;
import com.discomcare.contracts.connection.ServiceRequestCompleted;
import com.discomcare.contracts.connection.ServiceRequestRegistered;
import com.discomcare.contracts.connection.ServiceRequestRejected;
import com.discomcare.contracts.connection.ServiceRequestStepRecorded;
import com.discomcare.contracts.connection.SiteInspected;
import com.discomcare.escalation.domain.EscalationCommand;
import com.discomcare.escalation.domain.EscalationCommand.MoveDueTime;
import com.discomcare.escalation.domain.EscalationCommand.OpenCase;
import com.discomcare.escalation.domain.EscalationCommand.PauseClock;
import com.discomcare.escalation.domain.EscalationCommand.ResumeClock;
import com.discomcare.escalation.domain.EscalationCommand.StopCase;
import com.discomcare.kit.kafka.EventSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Turns connection-service's events into commands on the request's case, following the clock table of
 * docs/architecture.md: registration opens the case under the request type's ladder; a deficiency notice and a
 * demand note stop the clock; resubmission and full payment run it again with their due time; an inspection that
 * needs a network extension or a step that starts a stage moves a running clock's due time; release, withdrawal,
 * rejection and completion stop the case.
 */
@ApplicationScoped
public class ConnectionEventsHandler implements EventSubscriber<ConnectionEvent> {

    /** Above this load (kW, or kVA for HT) a consumer is large and has a relationship manager. */
    static final BigDecimal LARGE_LOAD = BigDecimal.valueOf(100);
    /** Industrial consumers have a relationship manager whatever their load; HT supply is for industrial loads. */
    static final Set<ConnectionCategory> INDUSTRIAL = Set.of(ConnectionCategory.LT_INDUSTRIAL, ConnectionCategory.HT);

    private final CaseCommands commands;

    @Inject
    public ConnectionEventsHandler(CaseCommands commands) {
        this.commands = commands;
    }

    @Override
    public EventCatalog<ConnectionEvent> catalog() {
        return EventCatalogs.CONNECTIONS;
    }

    @Override
    public Optional<Work> workFor(ConnectionEvent event, IntegrationEvent envelope) {
        return commands.send(commandFor(event, envelope.eventType(), envelope.occurredAt().toInstant()), envelope);
    }

    /** What {@code event}, named {@code eventType} on the topic and applied at {@code at}, asks of its case. */
    static Optional<EscalationCommand> commandFor(ConnectionEvent event, String eventType, Instant at) {
        String rn = event.requestNumber();
        return switch (event) {
            case ApplicationRegistered e -> Optional.of(new OpenCase(rn, e.requestType(), e.district(), e.dueAt(),
                    namesRelationshipManager(e.category(), e.load()), at));
            case ServiceRequestRegistered e -> Optional.of(new OpenCase(rn, e.requestType(), e.district(), e.dueAt(),
                    namesRelationshipManager(e.category(), e.load()), at));
            case DeficiencyNoted e -> Optional.of(new PauseClock(rn, at));
            case DemandNoteIssued e -> Optional.of(new PauseClock(rn, at));
            case DocumentsResubmitted e -> Optional.of(new ResumeClock(rn, e.dueAt(), at));
            // A part payment leaves the clock stopped; the full one runs it with the due time it names.
            case PaymentReceived e -> e.dueAt() == null ? Optional.empty() : Optional.of(new ResumeClock(rn, e.dueAt(), at));
            // Not feasible: the rejection that follows stops the case. Feasible keeps the due time, which the case
            // then already has (the same due time changes nothing); a network extension moves it.
            case SiteInspected e -> e.outcome() == InspectionOutcome.NOT_FEASIBLE || e.dueAt() == null
                    ? Optional.empty() : Optional.of(new MoveDueTime(rn, e.dueAt(), at));
            case ServiceRequestStepRecorded e -> e.dueAt() == null ? Optional.empty()
                    : Optional.of(new MoveDueTime(rn, e.dueAt(), at));
            case ConnectionReleased e -> Optional.of(new StopCase(rn, eventType, at));
            case ApplicationWithdrawn e -> Optional.of(new StopCase(rn, eventType, at));
            case ApplicationRejected e -> Optional.of(new StopCase(rn, eventType, at));
            case ServiceRequestCompleted e -> Optional.of(new StopCase(rn, eventType, at));
            case ServiceRequestRejected e -> Optional.of(new StopCase(rn, eventType, at));
            // Steps on the way that leave the clock as it is.
            case DocumentsVerified e -> Optional.empty();
            case ReadyForRelease e -> Optional.empty();
        };
    }

    /** Large (load above 100 kW or kVA) and industrial consumers' requests name a relationship manager. */
    static boolean namesRelationshipManager(ConnectionCategory category, BigDecimal load) {
        return (category != null && INDUSTRIAL.contains(category))
                || (load != null && load.compareTo(LARGE_LOAD) > 0);
    }
}
