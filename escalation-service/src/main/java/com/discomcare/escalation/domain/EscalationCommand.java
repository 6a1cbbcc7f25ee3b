package com.discomcare.escalation.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** What a complaint's or a connection request's events ask of its escalation case. */
public sealed interface EscalationCommand {

    String requestNumber();

    Instant at();

    /**
     * @param caseType                the complaint's category or the request's type: selects the ladder
     * @param namesRelationshipManager true for a large or industrial consumer's request, whose case names the
     *                                 district's relationship manager
     */
    record OpenCase(@TargetAggregateIdentifier String requestNumber, String caseType, String district, Instant dueAt,
                    boolean namesRelationshipManager, Instant at) implements EscalationCommand {
    }

    record StopCase(@TargetAggregateIdentifier String requestNumber, String reason, Instant at)
            implements EscalationCommand {
    }

    record PauseClock(@TargetAggregateIdentifier String requestNumber, Instant at) implements EscalationCommand {
    }

    /** A paused clock runs again, due at {@code dueAt}. */
    record ResumeClock(@TargetAggregateIdentifier String requestNumber, Instant dueAt, Instant at)
            implements EscalationCommand {
    }

    /**
     * A running clock is now due at {@code dueAt} (a connection request's network extension, or a step that starts
     * a stage with its own limit); the same due time, a paused clock or a stopped case changes nothing.
     */
    record MoveDueTime(@TargetAggregateIdentifier String requestNumber, Instant dueAt, Instant at)
            implements EscalationCommand {
    }

    record RestartCase(@TargetAggregateIdentifier String requestNumber, Instant dueAt, Instant at)
            implements EscalationCommand {
    }
}
