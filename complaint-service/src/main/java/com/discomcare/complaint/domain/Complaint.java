package com.discomcare.complaint.domain;

import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.complaint.Channel;
import com.discomcare.contracts.complaint.ClockType;
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
import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.complaint.PauseReason;
import com.discomcare.contracts.complaint.ResolutionCode;
import com.discomcare.contracts.complaint.SiteVisitStarted;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.time.Instant;

/**
 * The state of one complaint, folded from its events. Who registered it, who resolved it and who took the latest
 * step are shown by id, name and role, as the events name them. The aggregate decides with it, the read model stores it
 * and the REST API shows it, so all three agree by construction. {@link #evolve} never changes its argument.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class Complaint {

    public record Engineer(String id, String name, String phone, Instant assignedAt) {
    }

    public record Pause(PauseReason reason, String remarks, Instant since) {
    }

    public record Resolution(ResolutionCode code, String remarks, boolean withinDueTime, String by, String byName,
                             String byRole, Instant at) {
    }

    public record Feedback(int rating, String comment, Instant at) {
    }

    /** The officer who holds the complaint after an escalation; null while the district's CRO holds it. */
    public record Holder(String role, String id, String name, String phone, Instant since) {
    }

    private String requestNumber;
    private ComplaintStatus status;
    private String consumerNumber;
    private String name;
    private String phone;
    private String category;
    private AreaType areaType;
    private String district;
    private String address;
    private String description;
    private Channel channel;
    private Language language;
    private ClockType clock;
    private String registeredBy;
    private String registeredByName;
    private String registeredByRole;
    private Instant registeredAt;
    private Instant dueAt;
    private Pause pause;
    private Engineer assignee;
    private Instant siteVisitAt;
    private Resolution resolution;
    private Instant closedAt;
    private int reopenCount;
    private Feedback feedback;
    private int callCount;
    private int escalationLevel;
    private Holder holder;
    private Instant updatedAt;
    private String updatedBy;
    private String updatedByName;
    private String updatedByRole;
    private long version;

    private Complaint() {
    }

    private Complaint copy() {
        Complaint c = new Complaint();
        c.requestNumber = requestNumber;
        c.status = status;
        c.consumerNumber = consumerNumber;
        c.name = name;
        c.phone = phone;
        c.category = category;
        c.areaType = areaType;
        c.district = district;
        c.address = address;
        c.description = description;
        c.channel = channel;
        c.language = language;
        c.clock = clock;
        c.registeredBy = registeredBy;
        c.registeredByName = registeredByName;
        c.registeredByRole = registeredByRole;
        c.registeredAt = registeredAt;
        c.dueAt = dueAt;
        c.pause = pause;
        c.assignee = assignee;
        c.siteVisitAt = siteVisitAt;
        c.resolution = resolution;
        c.closedAt = closedAt;
        c.reopenCount = reopenCount;
        c.feedback = feedback;
        c.callCount = callCount;
        c.escalationLevel = escalationLevel;
        c.holder = holder;
        c.updatedAt = updatedAt;
        c.updatedBy = updatedBy;
        c.updatedByName = updatedByName;
        c.updatedByRole = updatedByRole;
        c.version = version;
        return c;
    }

    /** The state after {@code event}; {@code current} is null only before registration. */
    public static Complaint evolve(Complaint current, ComplaintEvent event) {
        Complaint next = current == null ? new Complaint() : current.copy();
        next.version = current == null ? 0 : current.version + 1;
        next.updatedAt = event.at();
        next.updatedBy = event.by();
        next.updatedByName = event.byName();
        next.updatedByRole = event.byRole();
        switch (event) {
            case ComplaintRegistered e -> {
                next.requestNumber = e.requestNumber();
                next.status = ComplaintStatus.REGISTERED;
                next.consumerNumber = e.consumerNumber();
                next.name = e.name();
                next.phone = e.phone();
                next.category = e.category();
                next.areaType = e.areaType();
                next.district = e.district();
                next.address = e.address();
                next.description = e.description();
                next.channel = e.channel();
                next.language = e.language();
                next.clock = e.clock();
                next.registeredBy = e.by();
                next.registeredByName = e.byName();
                next.registeredByRole = e.byRole();
                next.registeredAt = e.at();
                next.dueAt = e.dueAt();
                next.callCount = 1;
            }
            case ComplaintRepeated e -> next.callCount = e.callCount();
            case ComplaintAssigned e -> {
                next.status = ComplaintStatus.ASSIGNED;
                next.assignee = new Engineer(e.engineerId(), e.engineerName(), e.engineerPhone(), e.at());
            }
            case SiteVisitStarted e -> {
                next.status = ComplaintStatus.ON_SITE;
                next.siteVisitAt = e.at();
            }
            case ComplaintResolved e -> {
                next.status = ComplaintStatus.RESOLVED;
                next.resolution = new Resolution(e.resolutionCode(), e.remarks(), e.withinDueTime(), e.by(), e.byName(),
                        e.byRole(), e.at());
            }
            case ComplaintClosed e -> {
                next.status = ComplaintStatus.CLOSED;
                next.closedAt = e.at();
            }
            case ComplaintReopened e -> {
                next.status = ComplaintStatus.REOPENED;
                next.reopenCount = next.reopenCount + 1;
                next.dueAt = e.dueAt();
                next.assignee = null;
                next.siteVisitAt = null;
                next.resolution = null;
                next.feedback = null;
                next.closedAt = null;
                next.escalationLevel = 0;
                next.holder = null;
            }
            case FeedbackGiven e -> next.feedback = new Feedback(e.rating(), e.comment(), e.at());
            case ComplaintPaused e -> next.pause = new Pause(e.reason(), e.remarks(), e.at());
            case ComplaintResumed e -> {
                next.pause = null;
                next.dueAt = e.dueAt();
            }
            case ComplaintEscalated e -> {
                next.escalationLevel = e.tier();
                next.holder = new Holder(e.role(), e.officerId(), e.officerName(), e.officerPhone(), e.at());
            }
        }
        return next;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public ComplaintStatus status() {
        return status;
    }

    public boolean isPaused() {
        return pause != null;
    }

    public Pause pause() {
        return pause;
    }

    public String consumerNumber() {
        return consumerNumber;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String category() {
        return category;
    }

    public AreaType areaType() {
        return areaType;
    }

    public String district() {
        return district;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public ClockType clock() {
        return clock;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Engineer assignee() {
        return assignee;
    }

    public Resolution resolution() {
        return resolution;
    }

    public Feedback feedback() {
        return feedback;
    }

    public int callCount() {
        return callCount;
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public Holder holder() {
        return holder;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
