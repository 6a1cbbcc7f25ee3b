package com.discomcare.escalation.consumer;

import com.discomcare.contracts.EventCatalog;
import com.discomcare.contracts.EventCatalogs;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.complaint.ComplaintAssigned;
import com.discomcare.contracts.complaint.ComplaintClosed;
import com.discomcare.contracts.complaint.ComplaintEscalated;
import com.discomcare.contracts.complaint.ComplaintEvent;
import com.discomcare.contracts.complaint.ComplaintPaused;
import com.discomcare.contracts.complaint.ComplaintRegistered;
import com.discomcare.contracts.complaint.ComplaintReopened;
import com.discomcare.contracts.complaint.ComplaintRepeated;
import com.discomcare.contracts.complaint.ComplaintResolved;
import com.discomcare.contracts.complaint.ComplaintResumed;
import com.discomcare.contracts.complaint.FeedbackGiven;
import com.discomcare.contracts.complaint.SiteVisitStarted;
import com.discomcare.escalation.domain.EscalationCommand;
import com.discomcare.escalation.domain.EscalationCommand.OpenCase;
import com.discomcare.escalation.domain.EscalationCommand.PauseClock;
import com.discomcare.escalation.domain.EscalationCommand.RestartCase;
import com.discomcare.escalation.domain.EscalationCommand.ResumeClock;
import com.discomcare.escalation.domain.EscalationCommand.StopCase;
import com.discomcare.kit.kafka.EventSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

import static com.discomcare.kit.kafka.EventSubscriber.nothing;

/**
 * Turns the complaint events that matter to escalation into commands on the complaint's case: registration opens
 * it, resolution or closure stops it, pause and resume move its clock, reopening restarts the ladder.
 */
@ApplicationScoped
public class ComplaintEventsHandler implements EventSubscriber<ComplaintEvent> {

    private final CaseCommands commands;

    @Inject
    public ComplaintEventsHandler(CaseCommands commands) {
        this.commands = commands;
    }

    @Override
    public EventCatalog<ComplaintEvent> catalog() {
        return EventCatalogs.COMPLAINTS;
    }

    @Override
    public Optional<Work> workFor(ComplaintEvent event, IntegrationEvent envelope) {
        String rn = event.requestNumber();
        Instant at = envelope.occurredAt().toInstant();
        return switch (event) {
            // No complaint names a relationship manager: the complaint events do not tell a large consumer apart.
            case ComplaintRegistered e -> send(new OpenCase(rn, e.category(), e.district(), e.dueAt(), false, at), envelope);
            case ComplaintResolved e -> send(new StopCase(rn, envelope.eventType(), at), envelope);
            case ComplaintClosed e -> send(new StopCase(rn, envelope.eventType(), at), envelope);
            case ComplaintPaused e -> send(new PauseClock(rn, at), envelope);
            case ComplaintResumed e -> send(new ResumeClock(rn, e.dueAt(), at), envelope);
            case ComplaintReopened e -> send(new RestartCase(rn, e.dueAt(), at), envelope);
            // Steps that do not move the regulatory clock; an escalation is this service's own echo.
            case ComplaintRepeated e -> nothing();
            case ComplaintAssigned e -> nothing();
            case SiteVisitStarted e -> nothing();
            case FeedbackGiven e -> nothing();
            case ComplaintEscalated e -> nothing();
        };
    }

    private Optional<Work> send(EscalationCommand command, IntegrationEvent envelope) {
        return Optional.of(commands.send(command, envelope));
    }
}
