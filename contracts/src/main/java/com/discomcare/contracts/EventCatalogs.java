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

    public static final List<EventCatalog<?>> ALL = List.of(COMPLAINTS, ESCALATIONS);

    private EventCatalogs() {
    }
}
