package com.discomcare.complaint.consumer;

import com.discomcare.complaint.domain.ComplaintCommand.RecordEscalation;
import com.discomcare.complaint.service.ComplaintService;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.escalation.EscalationRaised;
import com.discomcare.kit.kafka.IntegrationEventHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Records each EscalationRaised of escalations.v1 on its complaint, so the complaint shows its level and holder. */
@ApplicationScoped
public class EscalationEventsHandler implements IntegrationEventHandler {

    static final String ESCALATION_SERVICE = "escalation-service";

    private final ComplaintService service;
    private final ObjectMapper json;

    @Inject
    public EscalationEventsHandler(ComplaintService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @Override
    public boolean handles(String eventType) {
        return eventType.equals("EscalationRaised");
    }

    @Override
    public void handle(IntegrationEvent event) throws JsonProcessingException {
        EscalationRaised raised = json.treeToValue(event.payload(), EscalationRaised.class);
        service.execute(new RecordEscalation(raised.requestNumber(), raised.tier(), raised.role().name(),
                raised.officer().id(), raised.officer().name(), raised.officer().phone(), event.eventId().toString(),
                ESCALATION_SERVICE, event.occurredAt().toInstant()), correlationOf(event));
    }

    /** A timer's escalation has no request behind it: it correlates by its own event id. */
    private static String correlationOf(IntegrationEvent event) {
        return event.correlationId() != null ? event.correlationId() : event.eventId().toString();
    }
}
