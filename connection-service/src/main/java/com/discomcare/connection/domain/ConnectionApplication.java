package com.discomcare.connection.domain;

import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.connection.ApplicantType;
import com.discomcare.contracts.connection.ApplicationRegistered;
import com.discomcare.contracts.connection.ApplicationRejected;
import com.discomcare.contracts.connection.ApplicationWithdrawn;
import com.discomcare.contracts.connection.ChargeItem;
import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.ConnectionEvent;
import com.discomcare.contracts.connection.ConnectionReleased;
import com.discomcare.contracts.connection.DeficiencyNoted;
import com.discomcare.contracts.connection.DemandNoteIssued;
import com.discomcare.contracts.connection.DocumentsResubmitted;
import com.discomcare.contracts.connection.DocumentsVerified;
import com.discomcare.contracts.connection.InspectionOutcome;
import com.discomcare.contracts.connection.LoadUnit;
import com.discomcare.contracts.connection.PaymentReceived;
import com.discomcare.contracts.connection.ReadyForRelease;
import com.discomcare.contracts.connection.ServiceRequestCompleted;
import com.discomcare.contracts.connection.ServiceRequestRegistered;
import com.discomcare.contracts.connection.ServiceRequestRejected;
import com.discomcare.contracts.connection.ServiceRequestStepRecorded;
import com.discomcare.contracts.connection.SiteInspected;
import com.discomcare.contracts.connection.SubmittedDocument;
import com.discomcare.contracts.escalation.Officer;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one new-connection application, folded from its events. The aggregate decides with it, the read
 * model stores it and the REST API shows it, so all three agree by construction. {@link #evolve} never changes its
 * argument.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class ConnectionApplication {

    public record Step(String by, String byName, String byRole, Instant at) {
        static Step of(ConnectionEvent event) {
            return new Step(event.by(), event.byName(), event.byRole(), event.at());
        }
    }

    public record Deficiency(List<String> missing, String remarks, Instant since) {
    }

    public record Inspection(InspectionOutcome outcome, String remarks, Step step) {
    }

    public record DemandNote(List<ChargeItem> charges, String tariffVersion, long amountDue, List<Long> instalments,
                             Instant issuedAt) {
    }

    public record Payment(String gatewayTransactionId, long amount, int instalment, Instant at) {
    }

    public record Release(String consumerNumber, Officer relationshipManager, boolean withinDueTime, Step step) {
    }

    private String applicationNumber;
    private ApplicationStatus status;
    private String requestType;
    private ApplicantType applicantType;
    private String name;
    private ConnectionCategory category;
    private BigDecimal load;
    private LoadUnit loadUnit;
    private int phases;
    private ConnectionAreaType areaType;
    private String district;
    private String address;
    private int premisesSqYd;
    private boolean authorisedArea;
    private String phone;
    private Language language;
    private List<SubmittedDocument> documents;
    private Step registered;
    private String stage;
    private Instant stageStartedAt;
    private Duration pausedInStage;
    private Instant dueAt;
    private boolean networkExtension;
    private Deficiency deficiency;
    private Step documentsVerified;
    private Inspection inspection;
    private DemandNote demandNote;
    private List<Payment> payments;
    private long balanceDue;
    private String testReportReference;
    private Release release;
    private String endReason;
    private Step updated;
    private long version;

    private ConnectionApplication() {
    }

    private ConnectionApplication copy() {
        ConnectionApplication c = new ConnectionApplication();
        c.applicationNumber = applicationNumber;
        c.status = status;
        c.requestType = requestType;
        c.applicantType = applicantType;
        c.name = name;
        c.category = category;
        c.load = load;
        c.loadUnit = loadUnit;
        c.phases = phases;
        c.areaType = areaType;
        c.district = district;
        c.address = address;
        c.premisesSqYd = premisesSqYd;
        c.authorisedArea = authorisedArea;
        c.phone = phone;
        c.language = language;
        c.documents = documents;
        c.registered = registered;
        c.stage = stage;
        c.stageStartedAt = stageStartedAt;
        c.pausedInStage = pausedInStage;
        c.dueAt = dueAt;
        c.networkExtension = networkExtension;
        c.deficiency = deficiency;
        c.documentsVerified = documentsVerified;
        c.inspection = inspection;
        c.demandNote = demandNote;
        c.payments = payments;
        c.balanceDue = balanceDue;
        c.testReportReference = testReportReference;
        c.release = release;
        c.endReason = endReason;
        c.updated = updated;
        c.version = version;
        return c;
    }

    /** The state after {@code event}; {@code current} is null only before registration. */
    public static ConnectionApplication evolve(ConnectionApplication current, ConnectionEvent event) {
        ConnectionApplication next = current == null ? new ConnectionApplication() : current.copy();
        next.version = current == null ? 0 : current.version + 1;
        next.updated = Step.of(event);
        switch (event) {
            case ApplicationRegistered e -> {
                next.applicationNumber = e.requestNumber();
                next.status = ApplicationStatus.REGISTERED;
                next.requestType = e.requestType();
                next.applicantType = e.applicantType();
                next.name = e.name();
                next.category = e.category();
                next.load = e.load();
                next.loadUnit = e.loadUnit();
                next.phases = e.phases();
                next.areaType = e.areaType();
                next.district = e.district();
                next.address = e.address();
                next.premisesSqYd = e.premisesSqYd();
                next.authorisedArea = e.authorisedArea();
                next.phone = e.phone();
                next.language = e.language();
                next.documents = List.copyOf(e.documents());
                next.registered = Step.of(e);
                next.stage = e.stage();
                next.stageStartedAt = e.at();
                next.pausedInStage = Duration.ZERO;
                next.dueAt = e.dueAt();
                next.payments = List.of();
            }
            case DocumentsVerified e -> {
                next.status = ApplicationStatus.DOCUMENTS_VERIFIED;
                next.documentsVerified = Step.of(e);
            }
            case DeficiencyNoted e -> {
                next.status = ApplicationStatus.DEFICIENT;
                next.deficiency = new Deficiency(List.copyOf(e.missing()), e.remarks(), e.at());
            }
            case DocumentsResubmitted e -> {
                next.status = ApplicationStatus.REGISTERED;
                List<SubmittedDocument> documents = new ArrayList<>(next.documents);
                documents.addAll(e.documents());
                next.documents = List.copyOf(documents);
                next.deficiency = null;
                next.pausedInStage = next.pausedInStage.plus(e.pausedFor());
                next.dueAt = e.dueAt();
            }
            case SiteInspected e -> {
                next.inspection = new Inspection(e.outcome(), e.remarks(), Step.of(e));
                if (e.outcome() != InspectionOutcome.NOT_FEASIBLE) {
                    next.status = ApplicationStatus.SITE_INSPECTED;
                    next.networkExtension = e.outcome() == InspectionOutcome.NEEDS_EXTENSION;
                    next.dueAt = e.dueAt();
                }
            }
            case DemandNoteIssued e -> {
                next.status = ApplicationStatus.DEMAND_NOTE_ISSUED;
                next.demandNote = new DemandNote(List.copyOf(e.charges()), e.tariffVersion(), e.amountDue(),
                        List.copyOf(e.instalments()), e.at());
                next.balanceDue = e.amountDue();
            }
            case PaymentReceived e -> {
                List<Payment> payments = new ArrayList<>(next.payments);
                payments.add(new Payment(e.gatewayTransactionId(), e.amount(), e.instalment(), e.at()));
                next.payments = List.copyOf(payments);
                next.balanceDue = e.balanceDue();
                if (e.balanceDue() == 0) {
                    next.status = ApplicationStatus.PAID;
                    if (!e.stage().equals(next.stage)) {
                        next.stageStartedAt = e.at();
                        next.pausedInStage = Duration.ZERO;
                    } else {
                        next.pausedInStage = next.pausedInStage.plus(Duration.between(next.dueAt, e.dueAt()));
                    }
                    next.stage = e.stage();
                    next.dueAt = e.dueAt();
                } else {
                    next.status = ApplicationStatus.PARTLY_PAID;
                }
            }
            case ReadyForRelease e -> {
                next.status = ApplicationStatus.READY_FOR_RELEASE;
                next.testReportReference = e.testReportReference();
            }
            case ConnectionReleased e -> {
                next.status = ApplicationStatus.RELEASED;
                next.release = new Release(e.consumerNumber(), e.relationshipManager(), e.withinDueTime(), Step.of(e));
            }
            case ApplicationWithdrawn e -> {
                next.status = ApplicationStatus.WITHDRAWN;
                next.endReason = e.reason();
            }
            case ApplicationRejected e -> {
                next.status = ApplicationStatus.REJECTED;
                next.endReason = e.reason();
            }
            case ServiceRequestRegistered e -> throw notOfAnApplication(e);
            case ServiceRequestStepRecorded e -> throw notOfAnApplication(e);
            case ServiceRequestCompleted e -> throw notOfAnApplication(e);
            case ServiceRequestRejected e -> throw notOfAnApplication(e);
        }
        return next;
    }

    /** Whether the event is an application's (else a service request's); the switch keeps the list complete. */
    public static boolean isApplicationEvent(ConnectionEvent event) {
        return switch (event) {
            case ApplicationRegistered e -> true;
            case DocumentsVerified e -> true;
            case DeficiencyNoted e -> true;
            case DocumentsResubmitted e -> true;
            case SiteInspected e -> true;
            case DemandNoteIssued e -> true;
            case PaymentReceived e -> true;
            case ReadyForRelease e -> true;
            case ConnectionReleased e -> true;
            case ApplicationWithdrawn e -> true;
            case ApplicationRejected e -> true;
            case ServiceRequestRegistered e -> false;
            case ServiceRequestStepRecorded e -> false;
            case ServiceRequestCompleted e -> false;
            case ServiceRequestRejected e -> false;
        };
    }

    private static IllegalArgumentException notOfAnApplication(ConnectionEvent event) {
        return new IllegalArgumentException(event.getClass().getSimpleName() + " " + event.requestNumber()
                + " is an event of a service request, not of an application");
    }

    /** The payment the gateway recorded under this transaction id, if any. */
    public Payment paymentOf(String gatewayTransactionId) {
        return payments.stream().filter(p -> p.gatewayTransactionId().equals(gatewayTransactionId)).findFirst()
                .orElse(null);
    }

    /** What the next payment must be: the next instalment, or the whole balance. */
    public List<Long> acceptableAmounts() {
        if (demandNote == null || balanceDue == 0) {
            return List.of();
        }
        int paid = payments.size();
        List<Long> instalments = demandNote.instalments();
        long next = paid < instalments.size() ? instalments.get(paid) : balanceDue;
        return next == balanceDue ? List.of(balanceDue) : List.of(next, balanceDue);
    }

    /** What the application's time limits depend on; the condition is known once the site is inspected. */
    public ClockSubject clockSubject(String condition) {
        return new ClockSubject(requestType, condition, category, load, loadUnit, areaType);
    }

    public ClockSubject clockSubject() {
        return clockSubject(inspection == null ? null
                : networkExtension ? ClockSubject.NETWORK_EXTENSION : ClockSubject.EXISTING_NETWORK);
    }

    public boolean networkExtension() {
        return networkExtension;
    }

    /** When the running stage's clock started, and how long it stood still since. */
    public Instant stageStartedAt() {
        return stageStartedAt;
    }

    public Duration pausedInStage() {
        return pausedInStage;
    }

    public QuoteSubject quoteSubject() {
        return new QuoteSubject(category, ConnectionRequestTypes.TEMPORARY_CONNECTION.equals(requestType), load,
                loadUnit, phases, authorisedArea, premisesSqYd);
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public ApplicationStatus status() {
        return status;
    }

    public ApplicantType applicantType() {
        return applicantType;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String district() {
        return district;
    }

    public ConnectionAreaType areaType() {
        return areaType;
    }

    public ConnectionCategory category() {
        return category;
    }

    public BigDecimal load() {
        return load;
    }

    public LoadUnit loadUnit() {
        return loadUnit;
    }

    public String requestType() {
        return requestType;
    }

    public Step registered() {
        return registered;
    }

    public String stage() {
        return stage;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Deficiency deficiency() {
        return deficiency;
    }

    public DemandNote demandNote() {
        return demandNote;
    }

    public List<Payment> payments() {
        return payments;
    }

    public long balanceDue() {
        return balanceDue;
    }

    public Release release() {
        return release;
    }

    public Step updated() {
        return updated;
    }

    public long version() {
        return version;
    }
}
