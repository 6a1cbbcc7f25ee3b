package com.discomcare.escalation.domain;

import com.discomcare.contracts.escalation.EscalationCaseOpened;
import com.discomcare.contracts.escalation.EscalationCaseRestarted;
import com.discomcare.contracts.escalation.EscalationCaseStopped;
import com.discomcare.contracts.escalation.EscalationClockPaused;
import com.discomcare.contracts.escalation.EscalationClockResumed;
import com.discomcare.contracts.escalation.EscalationRaised;
import com.discomcare.contracts.escalation.Officer;
import com.discomcare.contracts.escalation.OfficerRole;
import com.discomcare.contracts.escalation.RosterGap;
import com.discomcare.escalation.domain.EscalationCommand.MoveDueTime;
import com.discomcare.escalation.domain.EscalationCommand.OpenCase;
import com.discomcare.escalation.domain.EscalationCommand.PauseClock;
import com.discomcare.escalation.domain.EscalationCommand.RestartCase;
import com.discomcare.escalation.domain.EscalationCommand.ResumeClock;
import com.discomcare.escalation.domain.EscalationCommand.StopCase;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The escalation case of one complaint, application or service request (its id is the request number). It holds a
 * durable deadline for the next tier; when it fires and the request is still open, the case climbs one tier (CSM,
 * DM, circle head) and schedules the next. A tier with
 * nobody on the roster is recorded as a {@link RosterGap} and the case goes on up at once. A tier waits while the
 * {@link RequestFeed} is behind the time it fell due, so that a resolution on its way is applied first. A large or
 * industrial consumer's case also names the district's relationship manager, who stands beside the ladder.
 */
public class EscalationAggregate {

    static final String TIER_DEADLINE = "escalation-tier";
    static final Duration FEED_RECHECK = Duration.ofSeconds(1);

    @AggregateIdentifier
    private String requestNumber;
    private String caseType;
    private String district;
    private Instant dueAt;
    /** When the pending tier falls due: a deadline set for another time (before the due time moved) is stale. */
    private Instant nextTierDueAt;
    /** The tier reached: 0 while the CRO holds the case. */
    private int tier;
    /** Counts restarts, so that a deadline of an earlier ladder is recognised and ignored. */
    private int round;
    private boolean stopped;
    private boolean paused;

    protected EscalationAggregate() {
        // for Axon, which rebuilds the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenCase command, Roster roster, Ladder ladder, DeadlineManager deadlines) {
        if (requestNumber != null) {
            return; // opened already: a redelivered registration
        }
        Instant next = ladder.tierDueAt(command.caseType(), 1, command.dueAt());
        Officer relationshipManager = command.namesRelationshipManager()
                ? roster.officer(command.district(), OfficerRole.RELATIONSHIP_MANAGER).orElse(null) : null;
        apply(new EscalationCaseOpened(command.requestNumber(), command.caseType(), command.district(),
                command.dueAt(), roster.officer(command.district(), OfficerRole.CUSTOMER_RELATIONS_OFFICER).orElse(null),
                relationshipManager, next, command.at()));
        deadlines.schedule(next, TIER_DEADLINE, new TierDue(1, round, next));
    }

    @CommandHandler
    public void handle(StopCase command, DeadlineManager deadlines) {
        if (stopped) {
            return;
        }
        apply(new EscalationCaseStopped(requestNumber, command.reason(), command.at()));
        deadlines.cancelAllWithinScope(TIER_DEADLINE);
    }

    @CommandHandler
    public void handle(PauseClock command, DeadlineManager deadlines) {
        if (stopped || paused) {
            return;
        }
        apply(new EscalationClockPaused(requestNumber, command.at()));
        deadlines.cancelAllWithinScope(TIER_DEADLINE);
    }

    @CommandHandler
    public void handle(ResumeClock command, Ladder ladder, DeadlineManager deadlines) {
        if (stopped || !paused) {
            return;
        }
        runUntil(command.dueAt(), command.at(), ladder, deadlines);
    }

    @CommandHandler
    public void handle(MoveDueTime command, Ladder ladder, DeadlineManager deadlines) {
        if (stopped || paused || command.dueAt().equals(dueAt)) {
            return; // a paused clock takes its due time from the event that resumes it
        }
        deadlines.cancelAllWithinScope(TIER_DEADLINE);
        runUntil(command.dueAt(), command.at(), ladder, deadlines);
    }

    /** The clock runs, due at {@code due}: the tier reached stays, the next one falls due after {@code due}. */
    private void runUntil(Instant due, Instant at, Ladder ladder, DeadlineManager deadlines) {
        Optional<Instant> next = nextTierDueAt(ladder, due, tier + 1);
        apply(new EscalationClockResumed(requestNumber, due, next.orElse(null), at));
        next.ifPresent(when -> deadlines.schedule(when, TIER_DEADLINE, new TierDue(tier + 1, round, when)));
    }

    @CommandHandler
    public void handle(RestartCase command, Roster roster, Ladder ladder, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(TIER_DEADLINE);
        Instant next = ladder.tierDueAt(caseType, 1, command.dueAt());
        apply(new EscalationCaseRestarted(requestNumber, command.dueAt(),
                roster.officer(district, OfficerRole.CUSTOMER_RELATIONS_OFFICER).orElse(null), next, command.at()));
        // The round is the one the restart event begins.
        deadlines.schedule(next, TIER_DEADLINE, new TierDue(1, round, next));
    }

    @DeadlineHandler(deadlineName = TIER_DEADLINE)
    public void on(TierDue due, Roster roster, Ladder ladder, RequestFeed feed, DeadlineManager deadlines) {
        if (stopped || paused || due.round() != round || due.tier() != tier + 1 || !due.at().equals(nextTierDueAt)) {
            return; // resolved, paused, restarted or its due time moved since this deadline was set
        }
        if (!feed.takenInUntil(due.at())) {
            deadlines.schedule(FEED_RECHECK, TIER_DEADLINE, due);
            return;
        }
        Instant now = due.at();
        for (int next = due.tier(); next <= OfficerRole.LAST_TIER; next++) {
            OfficerRole role = OfficerRole.ofTier(next);
            Optional<Officer> officer = roster.officer(district, role);
            if (officer.isEmpty()) {
                apply(new RosterGap(requestNumber, next, role, district, now));
                continue;
            }
            Optional<Instant> following = nextTierDueAt(ladder, dueAt, next + 1);
            apply(new EscalationRaised(requestNumber, next, role, officer.get(), district,
                    Duration.between(dueAt, now), following.orElse(null), now));
            int tierAfter = next + 1;
            following.ifPresent(at -> deadlines.schedule(at, TIER_DEADLINE, new TierDue(tierAfter, round, at)));
            return;
        }
    }

    private Optional<Instant> nextTierDueAt(Ladder ladder, Instant due, int nextTier) {
        return nextTier > OfficerRole.LAST_TIER ? Optional.empty()
                : Optional.of(ladder.tierDueAt(caseType, nextTier, due));
    }

    @EventSourcingHandler
    void on(EscalationCaseOpened event) {
        requestNumber = event.requestNumber();
        caseType = event.caseType();
        district = event.district();
        dueAt = event.dueAt();
        nextTierDueAt = event.nextTierDueAt();
        tier = 0;
    }

    @EventSourcingHandler
    void on(EscalationRaised event) {
        tier = event.tier();
        nextTierDueAt = event.nextTierDueAt();
    }

    @EventSourcingHandler
    void on(RosterGap event) {
        tier = event.tier();
    }

    @EventSourcingHandler
    void on(EscalationCaseStopped event) {
        stopped = true;
    }

    @EventSourcingHandler
    void on(EscalationClockPaused event) {
        paused = true;
    }

    @EventSourcingHandler
    void on(EscalationClockResumed event) {
        paused = false;
        dueAt = event.dueAt();
        nextTierDueAt = event.nextTierDueAt();
    }

    @EventSourcingHandler
    void on(EscalationCaseRestarted event) {
        round++;
        tier = 0;
        dueAt = event.dueAt();
        nextTierDueAt = event.nextTierDueAt();
        stopped = false;
        paused = false;
    }
}
