package com.discomcare.escalation.consumer;

import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.connection.ApplicantType;
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
import com.discomcare.escalation.domain.EscalationCommand;
import com.discomcare.escalation.domain.EscalationCommand.MoveDueTime;
import com.discomcare.escalation.domain.EscalationCommand.OpenCase;
import com.discomcare.escalation.domain.EscalationCommand.PauseClock;
import com.discomcare.escalation.domain.EscalationCommand.ResumeClock;
import com.discomcare.escalation.domain.EscalationCommand.StopCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Each connection event's effect on its escalation case, as the clock table of docs/architecture.md has it. */
class ConnectionEventsHandlerTest {

    private static final String APPLICATION = "5260000000015";
    private static final String SERVICE_REQUEST = "6260000000012";
    private static final Instant AT = Instant.parse("2026-11-23T05:30:00Z");
    private static final Instant DUE = Instant.parse("2026-11-30T05:30:00Z");
    private static final Instant MOVED = Instant.parse("2026-12-04T05:30:00Z");

    private static Optional<EscalationCommand> commandFor(ConnectionEvent event) {
        return ConnectionEventsHandler.commandFor(event, event.getClass().getSimpleName(), AT);
    }

    private static ApplicationRegistered application(ConnectionCategory category, String load) {
        return new ApplicationRegistered(APPLICATION, "NEW_CONNECTION", ApplicantType.INDIVIDUAL, "Ramesh Kumar",
                category, new BigDecimal(load), category == ConnectionCategory.HT ? LoadUnit.KVA : LoadUnit.KW, 1,
                ConnectionAreaType.MUNICIPAL, "Gurugram", "H.No. 12, Sector 43", 100, true, "9876543210",
                Language.ENGLISH, List.of(new SubmittedDocument("VOTER_CARD", "HR/01/123", "ECI")), "DEMAND_NOTE", DUE,
                "AGENT-1", "Priya Nair", "agent", AT.minusSeconds(60));
    }

    private static ServiceRequestRegistered serviceRequest(ConnectionCategory category, BigDecimal load) {
        return new ServiceRequestRegistered(SERVICE_REQUEST, "RECONNECTION", "DISCONNECTED_UNDER_6_MONTHS",
                "8123456789", "Ramesh Kumar", "9876543210", "Faridabad", ConnectionAreaType.METRO, Language.HINDI,
                "reconnect after payment", category, load, load == null ? null : LoadUnit.KW, List.of(),
                List.of("RECONNECTED"), "COMPLETION", DUE, "AGENT-1", "Priya Nair", "agent", AT.minusSeconds(60));
    }

    @Test
    void anApplicationOpensACaseUnderItsRequestTypeWithItsDistrictAndDueTime() {
        assertThat(commandFor(application(ConnectionCategory.DS, "5")))
                .contains(new OpenCase(APPLICATION, "NEW_CONNECTION", "Gurugram", DUE, false, AT));
    }

    @Test
    void aServiceRequestOpensACaseUnderItsRequestType() {
        assertThat(commandFor(serviceRequest(null, null)))
                .contains(new OpenCase(SERVICE_REQUEST, "RECONNECTION", "Faridabad", DUE, false, AT));
    }

    @ParameterizedTest(name = "{0} {1}: relationship manager {2}")
    @CsvSource({"DS, 5, false", "NDS, 100, false", "NDS, 100.5, true", "BULK, 250, true", "LT_INDUSTRIAL, 15, true",
            "HT, 60, true", "AGRICULTURE, 7.5, false"})
    void largeAndIndustrialConsumersRequestsNameTheirRelationshipManager(ConnectionCategory category, String load,
                                                                        boolean named) {
        assertThat(commandFor(application(category, load)))
                .get().isInstanceOfSatisfying(OpenCase.class, open -> assertThat(open.namesRelationshipManager()).isEqualTo(named));
    }

    @Test
    void aServiceRequestNamesTheRelationshipManagerByWhatItIsAbout() {
        assertThat(commandFor(serviceRequest(ConnectionCategory.LT_INDUSTRIAL, null))).get()
                .isInstanceOfSatisfying(OpenCase.class, open -> assertThat(open.namesRelationshipManager()).isTrue());
        assertThat(commandFor(serviceRequest(null, new BigDecimal("150")))).get()
                .isInstanceOfSatisfying(OpenCase.class, open -> assertThat(open.namesRelationshipManager()).isTrue());
        assertThat(commandFor(serviceRequest(ConnectionCategory.DS, new BigDecimal("3")))).get()
                .isInstanceOfSatisfying(OpenCase.class, open -> assertThat(open.namesRelationshipManager()).isFalse());
    }

    @Test
    void aDeficiencyNoticeAndADemandNoteStopTheClock() {
        assertThat(commandFor(new DeficiencyNoted(APPLICATION, List.of("IDENTITY_PROOF"), null, "CRO-GGN", "Anita",
                "cro", AT))).contains(new PauseClock(APPLICATION, AT));
        assertThat(commandFor(new DemandNoteIssued(APPLICATION, List.of(), "2026-04-01", 3205, List.of(3205L),
                "CRO-GGN", "Anita", "cro", AT))).contains(new PauseClock(APPLICATION, AT));
    }

    @Test
    void resubmissionRunsTheClockAgainWithTheMovedDueTime() {
        assertThat(commandFor(new DocumentsResubmitted(APPLICATION, List.of(), Duration.ofDays(4), MOVED, "AGENT-1",
                "Priya", "agent", AT))).contains(new ResumeClock(APPLICATION, MOVED, AT));
    }

    @Test
    void onlyTheFullPaymentRunsTheClockAgain() {
        assertThat(commandFor(new PaymentReceived(APPLICATION, "pay_1", 1000, 1, 2205, null, null, "PG", "Gateway",
                "integration", AT))).isEmpty();
        assertThat(commandFor(new PaymentReceived(APPLICATION, "pay_2", 2205, 2, 0, "RELEASE", MOVED, "PG", "Gateway",
                "integration", AT))).contains(new ResumeClock(APPLICATION, MOVED, AT));
    }

    @Test
    void anInspectionMovesTheDueTimeItNamesAndANotFeasibleOneLeavesItToTheRejection() {
        assertThat(commandFor(new SiteInspected(APPLICATION, InspectionOutcome.NEEDS_EXTENSION, "new pole", "RELEASE",
                MOVED, "JE-1", "Ravi", "engineer", AT))).contains(new MoveDueTime(APPLICATION, MOVED, AT));
        assertThat(commandFor(new SiteInspected(APPLICATION, InspectionOutcome.FEASIBLE, "ok", "DEMAND_NOTE", DUE,
                "JE-1", "Ravi", "engineer", AT))).contains(new MoveDueTime(APPLICATION, DUE, AT));
        assertThat(commandFor(new SiteInspected(APPLICATION, InspectionOutcome.NOT_FEASIBLE, "no line", null, null,
                "JE-1", "Ravi", "engineer", AT))).isEmpty();
    }

    @Test
    void aServiceRequestStepCarriesItsDueTimeToTheCase() {
        assertThat(commandFor(new ServiceRequestStepRecorded(SERVICE_REQUEST, "METER_REMOVED", null, "COMPLETION",
                MOVED, "JE-1", "Ravi", "engineer", AT))).contains(new MoveDueTime(SERVICE_REQUEST, MOVED, AT));
    }

    @Test
    void releaseWithdrawalRejectionAndCompletionStopTheCaseNamingTheEvent() {
        assertThat(commandFor(new ConnectionReleased(APPLICATION, "8123456789", "Ramesh Kumar", "9876543210",
                "Gurugram", ConnectionAreaType.MUNICIPAL, ConnectionCategory.DS, BigDecimal.valueOf(5), LoadUnit.KW,
                null, true, "SDO-1", "Meena", "cro", AT)))
                .contains(new StopCase(APPLICATION, "ConnectionReleased", AT));
        assertThat(commandFor(new ApplicationWithdrawn(APPLICATION, "moved away", "AGENT-1", "Priya", "agent", AT)))
                .contains(new StopCase(APPLICATION, "ApplicationWithdrawn", AT));
        assertThat(commandFor(new ApplicationRejected(APPLICATION, "no line", "CRO-GGN", "Anita", "cro", AT)))
                .contains(new StopCase(APPLICATION, "ApplicationRejected", AT));
        assertThat(commandFor(new ServiceRequestCompleted(SERVICE_REQUEST, null, true, "JE-1", "Ravi", "engineer", AT)))
                .contains(new StopCase(SERVICE_REQUEST, "ServiceRequestCompleted", AT));
        assertThat(commandFor(new ServiceRequestRejected(SERVICE_REQUEST, "dues unpaid", "CRO-GGN", "Anita", "cro", AT)))
                .contains(new StopCase(SERVICE_REQUEST, "ServiceRequestRejected", AT));
    }

    @Test
    void verificationAndReadinessForReleaseLeaveTheClockAsItIs() {
        assertThat(commandFor(new DocumentsVerified(APPLICATION, null, "CRO-GGN", "Anita", "cro", AT))).isEmpty();
        assertThat(commandFor(new ReadyForRelease(APPLICATION, "WTR-1", null, "JE-1", "Ravi", "engineer", AT))).isEmpty();
    }

    /** A new event in the contract is a build failure in the switch; this keeps the tests above covering every one. */
    @Test
    void everyConnectionEventTypeIsCoveredAbove() {
        Set<String> permitted = Arrays.stream(ConnectionEvent.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toSet());
        assertThat(permitted).containsExactlyInAnyOrder("ApplicationRegistered", "DocumentsVerified", "DeficiencyNoted",
                "DocumentsResubmitted", "SiteInspected", "DemandNoteIssued", "PaymentReceived", "ReadyForRelease",
                "ConnectionReleased", "ApplicationWithdrawn", "ApplicationRejected", "ServiceRequestRegistered",
                "ServiceRequestStepRecorded", "ServiceRequestCompleted", "ServiceRequestRejected");
    }
}
