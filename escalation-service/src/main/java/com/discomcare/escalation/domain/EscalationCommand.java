package com.discomcare.escalation.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** What the complaint's events ask of its escalation case. */
public sealed interface EscalationCommand {

    String requestNumber();

    Instant at();

    record OpenCase(@TargetAggregateIdentifier String requestNumber, String caseType, String district, Instant dueAt,
                    Instant at) implements EscalationCommand {
    }

    record StopCase(@TargetAggregateIdentifier String requestNumber, String reason, Instant at)
            implements EscalationCommand {
    }

    record PauseClock(@TargetAggregateIdentifier String requestNumber, Instant at) implements EscalationCommand {
    }

    record ResumeClock(@TargetAggregateIdentifier String requestNumber, Instant dueAt, Instant at)
            implements EscalationCommand {
    }

    record RestartCase(@TargetAggregateIdentifier String requestNumber, Instant dueAt, Instant at)
            implements EscalationCommand {
    }
}
