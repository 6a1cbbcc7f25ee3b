package com.discomcare.contracts;

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
import com.discomcare.contracts.connection.ApplicationRegistered;
import com.discomcare.contracts.connection.ApplicationRejected;
import com.discomcare.contracts.connection.ApplicationWithdrawn;
import com.discomcare.contracts.connection.ConnectionEvent;
import com.discomcare.contracts.connection.ConnectionReleased;
import com.discomcare.contracts.connection.DeficiencyNoted;
import com.discomcare.contracts.connection.DemandNoteIssued;
import com.discomcare.contracts.connection.DocumentsResubmitted;
import com.discomcare.contracts.connection.DocumentsVerified;
import com.discomcare.contracts.connection.PaymentReceived;
import com.discomcare.contracts.connection.ReadyForRelease;
import com.discomcare.contracts.connection.ServiceRequestCompleted;
import com.discomcare.contracts.connection.ServiceRequestRegistered;
import com.discomcare.contracts.connection.ServiceRequestRejected;
import com.discomcare.contracts.connection.ServiceRequestStepRecorded;
import com.discomcare.contracts.connection.SiteInspected;
import com.discomcare.contracts.escalation.EscalationCaseOpened;
import com.discomcare.contracts.escalation.EscalationCaseRestarted;
import com.discomcare.contracts.escalation.EscalationCaseStopped;
import com.discomcare.contracts.escalation.EscalationClockPaused;
import com.discomcare.contracts.escalation.EscalationClockResumed;
import com.discomcare.contracts.escalation.EscalationEvent;
import com.discomcare.contracts.escalation.EscalationRaised;
import com.discomcare.contracts.escalation.RosterGap;

import java.util.List;

/** The one registry of event names on the wire: a catalog per public topic. */
public final class EventCatalogs {

    public static final EventCatalog<ComplaintEvent> COMPLAINTS = EventCatalog.of(Topics.COMPLAINTS, ComplaintEvent.class)
            .event("ComplaintRegistered", ComplaintRegistered.class)
            .event("ComplaintRepeated", ComplaintRepeated.class)
            .event("ComplaintAssigned", ComplaintAssigned.class)
            .event("SiteVisitStarted", SiteVisitStarted.class)
            .event("ComplaintResolved", ComplaintResolved.class)
            .event("ComplaintClosed", ComplaintClosed.class)
            .event("ComplaintReopened", ComplaintReopened.class)
            .event("FeedbackGiven", FeedbackGiven.class)
            .event("ComplaintPaused", ComplaintPaused.class)
            .event("ComplaintResumed", ComplaintResumed.class)
            .event("ComplaintEscalated", ComplaintEscalated.class)
            .build();

    public static final EventCatalog<EscalationEvent> ESCALATIONS = EventCatalog.of(Topics.ESCALATIONS, EscalationEvent.class)
            .event("EscalationCaseOpened", EscalationCaseOpened.class)
            .event("EscalationRaised", EscalationRaised.class)
            .event("RosterGap", RosterGap.class)
            .event("EscalationCaseStopped", EscalationCaseStopped.class)
            .event("EscalationClockPaused", EscalationClockPaused.class)
            .event("EscalationClockResumed", EscalationClockResumed.class)
            .event("EscalationCaseRestarted", EscalationCaseRestarted.class)
            .build();

    public static final EventCatalog<ConnectionEvent> CONNECTIONS = EventCatalog.of(Topics.CONNECTIONS, ConnectionEvent.class)
            .event("ApplicationRegistered", ApplicationRegistered.class)
            .event("DocumentsVerified", DocumentsVerified.class)
            .event("DeficiencyNoted", DeficiencyNoted.class)
            .event("DocumentsResubmitted", DocumentsResubmitted.class)
            .event("SiteInspected", SiteInspected.class)
            .event("DemandNoteIssued", DemandNoteIssued.class)
            .event("PaymentReceived", PaymentReceived.class)
            .event("ReadyForRelease", ReadyForRelease.class)
            .event("ConnectionReleased", ConnectionReleased.class)
            .event("ApplicationWithdrawn", ApplicationWithdrawn.class)
            .event("ApplicationRejected", ApplicationRejected.class)
            .event("ServiceRequestRegistered", ServiceRequestRegistered.class)
            .event("ServiceRequestStepRecorded", ServiceRequestStepRecorded.class)
            .event("ServiceRequestCompleted", ServiceRequestCompleted.class)
            .event("ServiceRequestRejected", ServiceRequestRejected.class)
            .build();

    public static final List<EventCatalog<?>> ALL = List.of(COMPLAINTS, ESCALATIONS, CONNECTIONS);

    private EventCatalogs() {
    }
}
