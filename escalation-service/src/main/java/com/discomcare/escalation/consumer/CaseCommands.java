package com.discomcare.escalation.consumer;

import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.escalation.domain.EscalationCommand;
import com.discomcare.kit.axon.AxonSetup;
import com.discomcare.kit.kafka.EventSubscriber.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Optional;

/** Sends the command a consumed event asks of its case, correlated with that event, as the event's work. */
@ApplicationScoped
public class CaseCommands {

    private static final Logger LOG = Logger.getLogger(CaseCommands.class);

    private final CommandGateway commands;

    @Inject
    public CaseCommands(CommandGateway commands) {
        this.commands = commands;
    }

    public Optional<Work> send(Optional<EscalationCommand> command, IntegrationEvent envelope) {
        return command.map(c -> send(c, envelope));
    }

    public Work send(EscalationCommand command, IntegrationEvent envelope) {
        // Deadlines scheduled by the command inherit this, so the escalations they raise correlate too.
        String correlationId = envelope.correlationId() != null ? envelope.correlationId() : envelope.eventId().toString();
        return () -> {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(Map.of(AxonSetup.CORRELATION_ID, correlationId)));
            } catch (AggregateNotFoundException e) {
                // A request registered before this service first ran has no case to move.
                LOG.infof("no escalation case for %s; %s ignored", command.requestNumber(), envelope.eventType());
            }
        };
    }
}
