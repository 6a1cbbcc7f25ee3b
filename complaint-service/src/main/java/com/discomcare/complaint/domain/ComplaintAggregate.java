package com.discomcare.complaint.domain;

import com.discomcare.complaint.domain.ComplaintCommand.AssignComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.CloseComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.GiveFeedback;
import com.discomcare.complaint.domain.ComplaintCommand.PauseComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.RecordEscalation;
import com.discomcare.complaint.domain.ComplaintCommand.RecordRepeatCall;
import com.discomcare.complaint.domain.ComplaintCommand.RegisterComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.ReopenComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.ResolveComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.ResumeComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.StartSiteVisit;
import com.discomcare.complaint.policy.ComplaintPolicy;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static com.discomcare.complaint.domain.ComplaintStatus.ASSIGNED;
import static com.discomcare.complaint.domain.ComplaintStatus.CLOSED;
import static com.discomcare.complaint.domain.ComplaintStatus.ON_SITE;
import static com.discomcare.complaint.domain.ComplaintStatus.REGISTERED;
import static com.discomcare.complaint.domain.ComplaintStatus.REOPENED;
import static com.discomcare.complaint.domain.ComplaintStatus.RESOLVED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The complaint's consistency boundary: checks each step against the current state and records it as an event.
 * Every handler answers with the new state, so the API can show it without waiting for the read model.
 */
public class ComplaintAggregate {

    private static final Set<ComplaintStatus> ASSIGNABLE = EnumSet.of(REGISTERED, ASSIGNED, REOPENED);
    private static final Set<ComplaintStatus> RESOLVABLE = EnumSet.of(ASSIGNED, ON_SITE);
    private static final Set<ComplaintStatus> FINISHED = EnumSet.of(RESOLVED, CLOSED);

    @AggregateIdentifier
    private String requestNumber;
    private Complaint state;

    protected ComplaintAggregate() {
        // for Axon, which rebuilds the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Complaint handle(RegisterComplaint command, ComplaintPolicy policy) {
        var due = policy.dueTime(command.category(), command.areaType(), command.at());
        apply(new ComplaintRegistered(command.requestNumber(), command.consumerNumber(), command.name(),
                command.phone(), command.category(), command.areaType(), command.district(), command.address(),
                command.description(), command.channel(), command.language(), due.clock(), due.dueAt(),
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @CommandHandler
    public Complaint handle(RecordRepeatCall command) {
        require("record a repeat call on", state.status().isOpen(), null);
        apply(new ComplaintRepeated(requestNumber, command.phone(), command.channel(), state.callCount() + 1,
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @CommandHandler
    public Complaint handle(AssignComplaint command) {
        require("assign", ASSIGNABLE.contains(state.status()), null);
        apply(new ComplaintAssigned(requestNumber, command.engineerId(), command.engineerName(),
                command.engineerPhone(), command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @CommandHandler
    public Complaint handle(StartSiteVisit command) {
        require("report a site visit on", state.status() == ASSIGNED, null);
        requireRunningClock("report a site visit on");
        apply(new SiteVisitStarted(requestNumber, command.remarks(),
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @CommandHandler
    public Complaint handle(ResolveComplaint command) {
        require("resolve", RESOLVABLE.contains(state.status()), "assign it to an engineer first");
        requireRunningClock("resolve");
        boolean withinDueTime = !command.at().isAfter(state.dueAt());
        apply(new ComplaintResolved(requestNumber, command.resolutionCode(), command.remarks(), withinDueTime,
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @CommandHandler
    public Complaint handle(CloseComplaint command) {
        require("close", state.status() == RESOLVED, "only a resolved complaint can be closed");
        apply(new ComplaintClosed(requestNumber, command.remarks(),
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @CommandHandler
    public Complaint handle(ReopenComplaint command, ComplaintPolicy policy) {
        require("reopen", FINISHED.contains(state.status()), "only a resolved or closed complaint can be reopened");
        Instant windowEnds = state.resolution().at().plus(policy.reopenWindow());
        require("reopen", !command.at().isAfter(windowEnds),
                "the reopening window of " + readable(policy.reopenWindow()) + " ended at " + windowEnds);
        var due = policy.dueTime(state.category(), state.areaType(), command.at());
        apply(new ComplaintReopened(requestNumber, command.reason(), due.dueAt(),
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @CommandHandler
    public Complaint handle(GiveFeedback command) {
        require("give feedback on", FINISHED.contains(state.status()), "feedback comes after resolution");
        require("give feedback on", state.feedback() == null, "feedback was already given");
        apply(new FeedbackGiven(requestNumber, command.rating(), command.comment(),
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @CommandHandler
    public Complaint handle(PauseComplaint command) {
        require("pause", state.status().isOpen(), null);
        require("pause", !state.isPaused(), "its clock is already paused");
        apply(new ComplaintPaused(requestNumber, command.reason(), command.remarks(),
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    /** The due time moves by the time the complaint's clock stood still; see {@link ComplaintPolicy#resume}. */
    @CommandHandler
    public Complaint handle(ResumeComplaint command, ComplaintPolicy policy) {
        require("resume", state.isPaused(), "its clock is not paused");
        var resumed = policy.resume(state.clock(), state.dueAt(), state.pause().since(), command.at());
        apply(new ComplaintResumed(requestNumber, resumed.pausedFor(), resumed.dueAt(),
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    /**
     * Escalation is a fact from the escalation service, recorded even on a complaint resolved since; but a tier
     * that fell due after the resolution (its timer raced the resolution on its way there) is not recorded.
     */
    @CommandHandler
    public Complaint handle(RecordEscalation command) {
        if (state.resolution() != null && !state.resolution().at().isAfter(command.at())) {
            return state;
        }
        apply(new ComplaintEscalated(requestNumber, command.tier(), command.role(), command.officerId(),
                command.officerName(), command.officerPhone(), command.escalationEventId(), command.by().id(),
                command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @EventSourcingHandler
    void on(ComplaintEvent event) {
        requestNumber = event.requestNumber();
        state = Complaint.evolve(state, event);
    }

    private void require(String step, boolean allowed, String why) {
        if (!allowed) {
            throw new StepNotAllowedException(step, describeState(), why);
        }
    }

    private void requireRunningClock(String step) {
        if (state.isPaused()) {
            require(step, false, "its clock is paused (" + state.pause().reason() + "); resume it first");
        }
    }

    private static String readable(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 ? duration.toDays() + " days" : duration.toString();
    }

    private String describeState() {
        return state.isPaused() ? state.status() + " (paused)" : state.status().name();
    }
}
