package com.discomcare.complaint.consumer;

import com.discomcare.complaint.domain.ActedBy;
import com.discomcare.complaint.domain.ComplaintCommand.RecordEscalation;
import com.discomcare.complaint.domain.RequestNumbers;
import com.discomcare.complaint.service.ComplaintService;
import com.discomcare.contracts.EventCatalog;
import com.discomcare.contracts.EventCatalogs;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.escalation.EscalationCaseOpened;
import com.discomcare.contracts.escalation.EscalationCaseRestarted;
import com.discomcare.contracts.escalation.EscalationCaseStopped;
import com.discomcare.contracts.escalation.EscalationClockPaused;
import com.discomcare.contracts.escalation.EscalationClockResumed;
import com.discomcare.contracts.escalation.EscalationEvent;
import com.discomcare.contracts.escalation.EscalationRaised;
import com.discomcare.contracts.escalation.RosterGap;
import com.discomcare.kit.kafka.EventSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

import static com.discomcare.kit.kafka.EventSubscriber.nothing;

/**
 * Records each EscalationRaised of escalations.v1 on its complaint, so the complaint shows its level and holder.
 * Cases of applications and service requests (13-digit numbers) are connection-service's: passed over.
 */
@ApplicationScoped
public class EscalationEventsHandler implements EventSubscriber<EscalationEvent> {

    private final ComplaintService service;

    @Inject
    public EscalationEventsHandler(ComplaintService service) {
        this.service = service;
    }

    @Override
    public EventCatalog<EscalationEvent> catalog() {
        return EventCatalogs.ESCALATIONS;
    }

    @Override
    public Optional<Work> workFor(EscalationEvent event, IntegrationEvent envelope) {
        if (!RequestNumbers.isValid(event.requestNumber())) {
            return nothing(); // not a complaint's case
        }
        return switch (event) {
            case EscalationRaised raised -> Optional.of(() -> service.execute(new RecordEscalation(
                    raised.requestNumber(), raised.tier(), raised.role().name(), raised.officer().id(),
                    raised.officer().name(), raised.officer().phone(), envelope.eventId().toString(),
                    ActedBy.ESCALATION_SERVICE, envelope.occurredAt().toInstant()), correlationOf(envelope)));
            // The complaint shows who holds it; the rest of the ladder's bookkeeping is escalation-service's.
            case EscalationCaseOpened opened -> nothing();
            case RosterGap gap -> nothing();
            case EscalationCaseStopped stopped -> nothing();
            case EscalationClockPaused paused -> nothing();
            case EscalationClockResumed resumed -> nothing();
            case EscalationCaseRestarted restarted -> nothing();
        };
    }

    /** A timer's escalation has no request behind it: it correlates by its own event id. */
    private static String correlationOf(IntegrationEvent event) {
        return event.correlationId() != null ? event.correlationId() : event.eventId().toString();
    }
}
