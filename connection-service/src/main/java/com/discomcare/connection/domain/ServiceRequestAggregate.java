package com.discomcare.connection.domain;

import com.discomcare.connection.domain.ServiceRequestCommand.CompleteServiceRequest;
import com.discomcare.connection.domain.ServiceRequestCommand.RecordStep;
import com.discomcare.connection.domain.ServiceRequestCommand.RegisterServiceRequest;
import com.discomcare.connection.domain.ServiceRequestCommand.RejectServiceRequest;
import com.discomcare.contracts.connection.ConnectionEvent;
import com.discomcare.contracts.connection.ServiceRequestCompleted;
import com.discomcare.contracts.connection.ServiceRequestRegistered;
import com.discomcare.contracts.connection.ServiceRequestRejected;
import com.discomcare.contracts.connection.ServiceRequestStepRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A service request's consistency boundary: its steps are taken in the registered order, each once, and it is
 * completed when all are done. Its clock starts at registration; a step may start a stage of its own.
 */
public class ServiceRequestAggregate {

    @AggregateIdentifier
    private String requestNumber;
    private ServiceRequest state;

    protected ServiceRequestAggregate() {
        // for Axon, which rebuilds the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public ServiceRequest handle(RegisterServiceRequest command, TimeLimits limits) {
        var subject = new ClockSubject(command.requestType(), command.condition(), command.category(), command.load(),
                command.loadUnit(), command.areaType());
        TimeLimits.Due due = limits.startedBy(subject, TimeLimits.REGISTERED, command.at()).orElseThrow(() ->
                new IllegalStateException("the time-limit policy starts no stage of " + command.requestType()
                        + " at registration"));
        var by = command.by();
        apply(new ServiceRequestRegistered(command.requestNumber(), command.requestType(), command.condition(),
                command.consumerNumber(),
                command.name(), command.phone(), command.district(), command.areaType(), command.language(),
                command.details(), command.category(), command.load(), command.loadUnit(), command.documents(),
                command.steps(), due.stage(), due.dueAt(), by.id(), by.name(), by.role(), command.at()));
        return state;
    }

    /** A step may start a stage with a limit of its own (e.g. a phase change: 30 days from payment). */
    @CommandHandler
    public ServiceRequest handle(RecordStep command, TimeLimits limits) {
        require("record step " + command.step() + " on", state.status().isOpen(), null);
        String next = state.nextStep();
        require("record step " + command.step() + " on", command.step().equals(next),
                next == null ? "every step is done; complete it" : "the next step is " + next
                        + " (the steps are " + String.join(", ", state.steps()) + ")");
        TimeLimits.Due due = limits.startedBy(state.clockSubject(), command.step(), command.at())
                .orElseGet(() -> new TimeLimits.Due(state.stage(), state.dueAt()));
        var by = command.by();
        apply(new ServiceRequestStepRecorded(requestNumber, command.step(), command.remarks(), due.stage(),
                due.dueAt(), by.id(), by.name(), by.role(), command.at()));
        return state;
    }

    @CommandHandler
    public ServiceRequest handle(CompleteServiceRequest command) {
        require("complete", state.status().isOpen(), null);
        require("complete", state.nextStep() == null, "step " + state.nextStep() + " is not done yet");
        var by = command.by();
        apply(new ServiceRequestCompleted(requestNumber, command.remarks(), !command.at().isAfter(state.dueAt()),
                by.id(), by.name(), by.role(), command.at()));
        return state;
    }

    @CommandHandler
    public ServiceRequest handle(RejectServiceRequest command) {
        require("reject", state.status().isOpen(), null);
        var by = command.by();
        apply(new ServiceRequestRejected(requestNumber, command.reason(), by.id(), by.name(), by.role(), command.at()));
        return state;
    }

    @EventSourcingHandler
    void on(ConnectionEvent event) {
        requestNumber = event.requestNumber();
        state = ServiceRequest.evolve(state, event);
    }

    private void require(String step, boolean allowed, String why) {
        if (!allowed) {
            throw new StepNotAllowedException(step, "a service request", state.status().name(), why);
        }
    }
}
