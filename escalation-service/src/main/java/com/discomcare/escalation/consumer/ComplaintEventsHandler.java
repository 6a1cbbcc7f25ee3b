package com.discomcare.escalation.consumer;

import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.complaint.ComplaintRegistered;
import com.discomcare.contracts.complaint.ComplaintReopened;
import com.discomcare.contracts.complaint.ComplaintResumed;
import com.discomcare.escalation.domain.EscalationCommand;
import com.discomcare.escalation.domain.EscalationCommand.OpenCase;
import com.discomcare.escalation.domain.EscalationCommand.PauseClock;
import com.discomcare.escalation.domain.EscalationCommand.RestartCase;
import com.discomcare.escalation.domain.EscalationCommand.ResumeClock;
import com.discomcare.escalation.domain.EscalationCommand.StopCase;
import com.discomcare.kit.axon.AxonSetup;
import com.discomcare.kit.kafka.IntegrationEventHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Turns the complaint events that matter to escalation into commands on the complaint's case: registration opens
 * it, resolution or closure stops it, pause and resume move its clock, reopening restarts the ladder.
 */
@ApplicationScoped
public class ComplaintEventsHandler implements IntegrationEventHandler {

    private static final Logger LOG = Logger.getLogger(ComplaintEventsHandler.class);

    private final CommandGateway commands;
    private final ObjectMapper json;

    @Inject
    public ComplaintEventsHandler(CommandGateway commands, ObjectMapper json) {
        this.commands = commands;
        this.json = json;
    }

    private static final Set<String> HANDLED = Set.of("ComplaintRegistered", "ComplaintResolved", "ComplaintClosed",
            "ComplaintPaused", "ComplaintResumed", "ComplaintReopened");

    @Override
    public boolean handles(String eventType) {
        return HANDLED.contains(eventType);
    }

    @Override
    public void handle(IntegrationEvent event) throws JsonProcessingException {
        String rn = event.aggregateId();
        Instant at = event.occurredAt().toInstant();
        EscalationCommand command = switch (event.eventType()) {
            case "ComplaintRegistered" -> {
                var registered = json.treeToValue(event.payload(), ComplaintRegistered.class);
                yield new OpenCase(rn, registered.category(), registered.district(), registered.dueAt(), at);
            }
            case "ComplaintResolved", "ComplaintClosed" -> new StopCase(rn, event.eventType(), at);
            case "ComplaintPaused" -> new PauseClock(rn, at);
            case "ComplaintResumed" -> new ResumeClock(rn, json.treeToValue(event.payload(), ComplaintResumed.class).dueAt(), at);
            case "ComplaintReopened" -> new RestartCase(rn, json.treeToValue(event.payload(), ComplaintReopened.class).dueAt(), at);
            default -> throw new IllegalArgumentException("not an event this handler takes: " + event.eventType());
        };
        // Deadlines scheduled by the command inherit this, so the escalations they raise correlate too.
        String correlationId = event.correlationId() != null ? event.correlationId() : event.eventId().toString();
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Map.of(AxonSetup.CORRELATION_ID, correlationId)));
        } catch (AggregateNotFoundException e) {
            // A complaint registered before this service first ran has no case to move.
            LOG.infof("no escalation case for %s; %s ignored", rn, event.eventType());
        }
    }
}
