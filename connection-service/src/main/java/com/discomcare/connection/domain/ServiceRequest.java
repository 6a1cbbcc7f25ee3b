package com.discomcare.connection.domain;

import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.connection.ApplicationRegistered;
import com.discomcare.contracts.connection.ApplicationRejected;
import com.discomcare.contracts.connection.ApplicationWithdrawn;
import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.ConnectionEvent;
import com.discomcare.contracts.connection.ConnectionReleased;
import com.discomcare.contracts.connection.DeficiencyNoted;
import com.discomcare.contracts.connection.DemandNoteIssued;
import com.discomcare.contracts.connection.DocumentsResubmitted;
import com.discomcare.contracts.connection.DocumentsVerified;
import com.discomcare.contracts.connection.LoadUnit;
import com.discomcare.contracts.connection.PaymentReceived;
import com.discomcare.contracts.connection.ReadyForRelease;
import com.discomcare.contracts.connection.ServiceRequestCompleted;
import com.discomcare.contracts.connection.ServiceRequestRegistered;
import com.discomcare.contracts.connection.ServiceRequestRejected;
import com.discomcare.contracts.connection.ServiceRequestStepRecorded;
import com.discomcare.contracts.connection.SiteInspected;
import com.discomcare.contracts.connection.SubmittedDocument;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one service request of an existing consumer, folded from its events; shared by the aggregate, the
 * read model and the REST API. Its steps are data: the request type's, recorded at registration.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class ServiceRequest {

    public record StepDone(String step, String remarks, ConnectionApplication.Step done) {
    }

    private String requestNumber;
    private ServiceRequestStatus status;
    private String requestType;
    private String condition;
    private String consumerNumber;
    private String name;
    private String phone;
    private String district;
    private ConnectionAreaType areaType;
    private Language language;
    private String details;
    private ConnectionCategory category;
    private BigDecimal load;
    private LoadUnit loadUnit;
    private List<SubmittedDocument> documents;
    private List<String> steps;
    private List<StepDone> stepsDone;
    private String stage;
    private Instant dueAt;
    private ConnectionApplication.Step registered;
    private String remarks;
    private Boolean withinDueTime;
    private ConnectionApplication.Step updated;
    private long version;

    private ServiceRequest() {
    }

    private ServiceRequest copy() {
        ServiceRequest c = new ServiceRequest();
        c.requestNumber = requestNumber;
        c.status = status;
        c.requestType = requestType;
        c.condition = condition;
        c.consumerNumber = consumerNumber;
        c.name = name;
        c.phone = phone;
        c.district = district;
        c.areaType = areaType;
        c.language = language;
        c.details = details;
        c.category = category;
        c.load = load;
        c.loadUnit = loadUnit;
        c.documents = documents;
        c.steps = steps;
        c.stepsDone = stepsDone;
        c.stage = stage;
        c.dueAt = dueAt;
        c.registered = registered;
        c.remarks = remarks;
        c.withinDueTime = withinDueTime;
        c.updated = updated;
        c.version = version;
        return c;
    }

    /** The state after {@code event}; {@code current} is null only before registration. */
    public static ServiceRequest evolve(ServiceRequest current, ConnectionEvent event) {
        ServiceRequest next = current == null ? new ServiceRequest() : current.copy();
        next.version = current == null ? 0 : current.version + 1;
        next.updated = ConnectionApplication.Step.of(event);
        switch (event) {
            case ServiceRequestRegistered e -> {
                next.requestNumber = e.requestNumber();
                next.status = ServiceRequestStatus.REGISTERED;
                next.requestType = e.requestType();
                next.condition = e.condition();
                next.consumerNumber = e.consumerNumber();
                next.name = e.name();
                next.phone = e.phone();
                next.district = e.district();
                next.areaType = e.areaType();
                next.language = e.language();
                next.details = e.details();
                next.category = e.category();
                next.load = e.load();
                next.loadUnit = e.loadUnit();
                next.documents = List.copyOf(e.documents());
                next.steps = List.copyOf(e.steps());
                next.stepsDone = List.of();
                next.stage = e.stage();
                next.dueAt = e.dueAt();
                next.registered = ConnectionApplication.Step.of(e);
            }
            case ServiceRequestStepRecorded e -> {
                next.status = ServiceRequestStatus.IN_PROGRESS;
                List<StepDone> done = new ArrayList<>(next.stepsDone);
                done.add(new StepDone(e.step(), e.remarks(), ConnectionApplication.Step.of(e)));
                next.stepsDone = List.copyOf(done);
                next.stage = e.stage();
                next.dueAt = e.dueAt();
            }
            case ServiceRequestCompleted e -> {
                next.status = ServiceRequestStatus.COMPLETED;
                next.remarks = e.remarks();
                next.withinDueTime = e.withinDueTime();
            }
            case ServiceRequestRejected e -> {
                next.status = ServiceRequestStatus.REJECTED;
                next.remarks = e.reason();
            }
            case ApplicationRegistered e -> throw notOfAServiceRequest(e);
            case DocumentsVerified e -> throw notOfAServiceRequest(e);
            case DeficiencyNoted e -> throw notOfAServiceRequest(e);
            case DocumentsResubmitted e -> throw notOfAServiceRequest(e);
            case SiteInspected e -> throw notOfAServiceRequest(e);
            case DemandNoteIssued e -> throw notOfAServiceRequest(e);
            case PaymentReceived e -> throw notOfAServiceRequest(e);
            case ReadyForRelease e -> throw notOfAServiceRequest(e);
            case ConnectionReleased e -> throw notOfAServiceRequest(e);
            case ApplicationWithdrawn e -> throw notOfAServiceRequest(e);
            case ApplicationRejected e -> throw notOfAServiceRequest(e);
        }
        return next;
    }

    private static IllegalArgumentException notOfAServiceRequest(ConnectionEvent event) {
        return new IllegalArgumentException(event.getClass().getSimpleName() + " " + event.requestNumber()
                + " is an event of an application, not of a service request");
    }

    /** The first registered step not yet done; null when all are done. */
    public String nextStep() {
        return steps.stream().filter(step -> stepsDone.stream().noneMatch(d -> d.step().equals(step)))
                .findFirst().orElse(null);
    }

    public ClockSubject clockSubject() {
        return new ClockSubject(requestType, condition, category, load, loadUnit, areaType);
    }

    public String requestNumber() {
        return requestNumber;
    }

    public ServiceRequestStatus status() {
        return status;
    }

    public String requestType() {
        return requestType;
    }

    public String consumerNumber() {
        return consumerNumber;
    }

    public String phone() {
        return phone;
    }

    public String district() {
        return district;
    }

    public List<String> steps() {
        return steps;
    }

    public String stage() {
        return stage;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public ConnectionApplication.Step registered() {
        return registered;
    }

    public ConnectionApplication.Step updated() {
        return updated;
    }

    public long version() {
        return version;
    }
}
