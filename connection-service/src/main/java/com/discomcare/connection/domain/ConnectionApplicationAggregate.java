package com.discomcare.connection.domain;

import com.discomcare.connection.domain.ApplicationCommand.InspectSite;
import com.discomcare.connection.domain.ApplicationCommand.IssueDemandNote;
import com.discomcare.connection.domain.ApplicationCommand.MarkReadyForRelease;
import com.discomcare.connection.domain.ApplicationCommand.NoteDeficiency;
import com.discomcare.connection.domain.ApplicationCommand.ReceivePayment;
import com.discomcare.connection.domain.ApplicationCommand.RegisterApplication;
import com.discomcare.connection.domain.ApplicationCommand.RejectApplication;
import com.discomcare.connection.domain.ApplicationCommand.ReleaseConnection;
import com.discomcare.connection.domain.ApplicationCommand.ResubmitDocuments;
import com.discomcare.connection.domain.ApplicationCommand.VerifyDocuments;
import com.discomcare.connection.domain.ApplicationCommand.WithdrawApplication;
import com.discomcare.contracts.connection.ApplicationRegistered;
import com.discomcare.contracts.connection.ApplicationRejected;
import com.discomcare.contracts.connection.ApplicationWithdrawn;
import com.discomcare.contracts.connection.ConnectionEvent;
import com.discomcare.contracts.connection.ConnectionReleased;
import com.discomcare.contracts.connection.DeficiencyNoted;
import com.discomcare.contracts.connection.DemandNoteIssued;
import com.discomcare.contracts.connection.DocumentsResubmitted;
import com.discomcare.contracts.connection.DocumentsVerified;
import com.discomcare.contracts.connection.InspectionOutcome;
import com.discomcare.contracts.connection.PaymentReceived;
import com.discomcare.contracts.connection.ReadyForRelease;
import com.discomcare.contracts.connection.SiteInspected;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import static com.discomcare.connection.domain.ApplicationStatus.DEFICIENT;
import static com.discomcare.connection.domain.ApplicationStatus.DEMAND_NOTE_ISSUED;
import static com.discomcare.connection.domain.ApplicationStatus.DOCUMENTS_VERIFIED;
import static com.discomcare.connection.domain.ApplicationStatus.PAID;
import static com.discomcare.connection.domain.ApplicationStatus.PARTLY_PAID;
import static com.discomcare.connection.domain.ApplicationStatus.READY_FOR_RELEASE;
import static com.discomcare.connection.domain.ApplicationStatus.REGISTERED;
import static com.discomcare.connection.domain.ApplicationStatus.SITE_INSPECTED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The application's consistency boundary: checks each step against the current state and records it as an event.
 * Every handler answers with the new state, so the API can show it without waiting for the read model.
 */
public class ConnectionApplicationAggregate {

    /** Tariff orders take effect on Indian calendar dates. */
    static final ZoneId TARIFF_ZONE = ZoneId.of("Asia/Kolkata");

    @AggregateIdentifier
    private String applicationNumber;
    private ConnectionApplication state;

    protected ConnectionApplicationAggregate() {
        // for Axon, which rebuilds the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public ConnectionApplication handle(RegisterApplication command, TimeLimits limits) {
        var subject = new ClockSubject(command.requestType(), null, command.category(), command.load(),
                command.loadUnit(), command.areaType());
        TimeLimits.Due due = limits.startedBy(subject, TimeLimits.REGISTERED, command.at()).orElseThrow(() ->
                new IllegalStateException("the time-limit policy starts no stage of " + command.requestType()
                        + " at registration"));
        apply(new ApplicationRegistered(command.applicationNumber(), command.requestType(), command.applicantType(),
                command.name(), command.category(), command.load(), command.loadUnit(), command.phases(),
                command.areaType(), command.district(), command.address(), command.premisesSqYd(),
                command.authorisedArea(), command.phone(), command.language(), command.documents(),
                due.stage(), due.dueAt(), command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @CommandHandler
    public ConnectionApplication handle(VerifyDocuments command) {
        require("verify the documents of", state.status() == REGISTERED, null);
        apply(new DocumentsVerified(applicationNumber, command.remarks(),
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @CommandHandler
    public ConnectionApplication handle(NoteDeficiency command) {
        require("note a deficiency on", state.status() == REGISTERED,
                "deficiencies are noted while the documents are checked");
        apply(new DeficiencyNoted(applicationNumber, command.missing(), command.remarks(),
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    /** The clock stood still while the applicant owed documents: the due time moves by that span. */
    @CommandHandler
    public ConnectionApplication handle(ResubmitDocuments command, TimeLimits limits) {
        require("resubmit documents for", state.status() == DEFICIENT, "no deficiency notice is open");
        TimeLimits.Resumed resumed = limits.resume(state.dueAt(), state.deficiency().since(), command.at());
        apply(new DocumentsResubmitted(applicationNumber, command.documents(), resumed.pausedFor(), resumed.dueAt(),
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    /** Network extension switches the limit; a site found not feasible rejects the application with the reason. */
    @CommandHandler
    public ConnectionApplication handle(InspectSite command, TimeLimits limits) {
        require("record a site inspection on", state.status() == DOCUMENTS_VERIFIED,
                "the documents are verified first");
        var by = command.by();
        switch (command.outcome()) {
            case FEASIBLE -> apply(new SiteInspected(applicationNumber, InspectionOutcome.FEASIBLE, command.remarks(),
                    state.stage(), state.dueAt(), by.id(), by.name(), by.role(), command.at()));
            case NEEDS_EXTENSION -> {
                // The running stage keeps its start and its pauses; only its limit changes.
                Instant due = limits.dueAt(state.clockSubject(ClockSubject.NETWORK_EXTENSION), state.stage(),
                        state.stageStartedAt()).plus(state.pausedInStage());
                apply(new SiteInspected(applicationNumber, InspectionOutcome.NEEDS_EXTENSION, command.remarks(),
                        state.stage(), due, by.id(), by.name(), by.role(), command.at()));
            }
            case NOT_FEASIBLE -> {
                apply(new SiteInspected(applicationNumber, InspectionOutcome.NOT_FEASIBLE, command.remarks(), null, null,
                        by.id(), by.name(), by.role(), command.at()));
                apply(new ApplicationRejected(applicationNumber, "not feasible: " + command.remarks(),
                        by.id(), by.name(), by.role(), command.at()));
            }
        }
        return state;
    }

    /** The charges in force on the demand note's date, recorded with their version. */
    @CommandHandler
    public ConnectionApplication handle(IssueDemandNote command, Charges charges) {
        require("issue a demand note on", state.status() == SITE_INSPECTED, "the site is inspected first");
        Quote quote = charges.quote(state.quoteSubject(), command.at().atZone(TARIFF_ZONE).toLocalDate());
        apply(new DemandNoteIssued(applicationNumber, quote.items(), quote.tariffVersion(), quote.total(),
                quote.instalments(), command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    /**
     * The gateway may deliver a confirmation more than once: a transaction id already recorded with the same amount
     * changes nothing and answers the state as it is. The amount must be the next instalment or the whole balance;
     * once paid in full the release's clock starts.
     */
    @CommandHandler
    public ConnectionApplication handle(ReceivePayment command, TimeLimits limits) {
        ConnectionApplication.Payment earlier = state.paymentOf(command.gatewayTransactionId());
        if (earlier != null) {
            require("record payment " + command.gatewayTransactionId() + " of Rs " + command.amount() + " on",
                    earlier.amount() == command.amount(),
                    "that transaction was recorded with Rs " + earlier.amount());
            return state;
        }
        require("record a payment on", state.status() == DEMAND_NOTE_ISSUED || state.status() == PARTLY_PAID,
                "payments are for an issued demand note");
        List<Long> acceptable = state.acceptableAmounts();
        require("record a payment of Rs " + command.amount() + " on", acceptable.contains(command.amount()),
                "the amount due is " + acceptable.stream().map(a -> "Rs " + a)
                        .collect(Collectors.joining(" (the next instalment) or ")) + (acceptable.size() > 1
                        ? " (the whole balance)" : ""));
        long balance = state.balanceDue() - command.amount();
        TimeLimits.Due due = balance == 0 ? clockAfterFullPayment(limits, command.at()) : null;
        var by = command.by();
        apply(new PaymentReceived(applicationNumber, command.gatewayTransactionId(), command.amount(),
                state.payments().size() + 1, balance, due == null ? null : due.stage(),
                due == null ? null : due.dueAt(), by.id(), by.name(), by.role(), command.at()));
        return state;
    }

    /**
     * Paid in full, the clock runs again: the stage the policy starts at payment (a new connection's release), or
     * else the running stage, its due time moved by the wait for the payment.
     */
    private TimeLimits.Due clockAfterFullPayment(TimeLimits limits, Instant at) {
        return limits.startedBy(state.clockSubject(), TimeLimits.PAYMENT_RECEIVED, at)
                .orElseGet(() -> new TimeLimits.Due(state.stage(),
                        limits.resume(state.dueAt(), state.demandNote().issuedAt(), at).dueAt()));
    }

    @CommandHandler
    public ConnectionApplication handle(MarkReadyForRelease command) {
        require("mark ready for release", state.status() == PAID, "the demand note is paid in full first");
        apply(new ReadyForRelease(applicationNumber, command.testReportReference(), command.remarks(),
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @CommandHandler
    public ConnectionApplication handle(ReleaseConnection command) {
        require("release", state.status() == READY_FOR_RELEASE, "the test report is received first");
        var by = command.by();
        apply(new ConnectionReleased(applicationNumber, command.consumerNumber(), state.name(), state.phone(),
                state.district(), state.areaType(), state.category(), state.load(), state.loadUnit(),
                command.relationshipManager(), !command.at().isAfter(state.dueAt()),
                by.id(), by.name(), by.role(), command.at()));
        return state;
    }

    @CommandHandler
    public ConnectionApplication handle(WithdrawApplication command) {
        require("withdraw", state.status().isOpen(), null);
        apply(new ApplicationWithdrawn(applicationNumber, command.reason(),
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @CommandHandler
    public ConnectionApplication handle(RejectApplication command) {
        require("reject", state.status().isOpen(), null);
        apply(new ApplicationRejected(applicationNumber, command.reason(),
                command.by().id(), command.by().name(), command.by().role(), command.at()));
        return state;
    }

    @EventSourcingHandler
    void on(ConnectionEvent event) {
        applicationNumber = event.requestNumber();
        state = ConnectionApplication.evolve(state, event);
    }

    private void require(String step, boolean allowed, String why) {
        if (!allowed) {
            throw new StepNotAllowedException(step, "an application", state.status().name(), why);
        }
    }
}
