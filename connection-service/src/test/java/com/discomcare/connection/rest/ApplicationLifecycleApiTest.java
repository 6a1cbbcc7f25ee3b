package com.discomcare.connection.rest;

import com.discomcare.connection.Callers;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.discomcare.connection.rest.ApiTestSupport.APPLICATIONS;
import static com.discomcare.connection.rest.ApiTestSupport.application;
import static com.discomcare.connection.rest.ApiTestSupport.assertConflict;
import static com.discomcare.connection.rest.ApiTestSupport.document;
import static com.discomcare.connection.rest.ApiTestSupport.historySize;
import static com.discomcare.connection.rest.ApiTestSupport.payment;
import static com.discomcare.connection.rest.ApiTestSupport.register;
import static com.discomcare.connection.rest.ApiTestSupport.registeredUpToInspection;
import static com.discomcare.connection.rest.ApiTestSupport.state;
import static com.discomcare.connection.rest.ApiTestSupport.step;
import static com.discomcare.connection.rest.ApiTestSupport.stepOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The applicant's and the engineer's flow through the API, from registration to a released connection. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @ResourceArg(name = "database", value = "connections"))
class ApplicationLifecycleApiTest {

    @Test
    void anApplicationWithADeficiencyInBetweenIsReleasedWithANewConsumerNumber() {
        String n = register(application());
        Map<String, Object> registered = state(n);
        assertThat(registered).containsEntry("stage", "DEMAND_NOTE").containsEntry("phone", "9876543210");
        Instant firstDue = Instant.parse((String) registered.get("dueAt"));

        stepOk(Callers.CRO_GURUGRAM, n, "deficiency", Map.of("missing", List.of("IDENTITY_PROOF"), "remarks", "card unreadable"))
                .body("status", equalTo("DEFICIENT")).body("deficiency.missing", contains("IDENTITY_PROOF"));
        assertConflict(step(Callers.CRO_GURUGRAM, n, "documents-verification", Map.of()), "DEFICIENT")
                .body("detail", matchesPattern(".*cannot verify the documents of an application that is DEFICIENT.*"));
        Instant movedDue = Instant.parse(stepOk(Callers.AGENT, n, "resubmission", Map.of("documents", List.of(document("PAN_CARD"))))
                .body("status", equalTo("REGISTERED")).body("deficiency", nullValue())
                .extract().<String>path("dueAt"));
        assertThat(movedDue).as("the clock stood still while the applicant owed a document").isAfter(firstDue);

        stepOk(Callers.CRO_GURUGRAM, n, "documents-verification", Map.of("remarks", "originals seen"))
                .body("status", equalTo("DOCUMENTS_VERIFIED"));
        stepOk(Callers.ENGINEER_GURUGRAM, n, "inspection", Map.of("outcome", "FEASIBLE", "remarks", "LT line at 30 m"))
                .body("status", equalTo("SITE_INSPECTED")).body("inspection.step.by", equalTo("JE-1042"));
        stepOk(Callers.CRO_GURUGRAM, n, "demand-note", Map.of())
                .body("status", equalTo("DEMAND_NOTE_ISSUED"))
                // docs/domain.md: DS 5 kW single phase = 5 + 2,500 + 650 + 50
                .body("demandNote.amountDue", equalTo(3205))
                .body("demandNote.instalments", contains(3205))
                .body("demandNote.tariffVersion", notNullValue());

        assertConflict(step(Callers.PAYMENT_GATEWAY, n, "payments", payment("pay_short", 3000)), "DEMAND_NOTE_ISSUED")
                .body("detail", matchesPattern(".*the amount due is Rs 3205.*"));
        stepOk(Callers.PAYMENT_GATEWAY, n, "payments", payment("pay_full", 3205))
                .body("status", equalTo("PAID")).body("balanceDue", equalTo(0)).body("stage", equalTo("RELEASE"))
                .body("payments", hasSize(1));
        int events = historySize(APPLICATIONS, n);
        stepOk(Callers.PAYMENT_GATEWAY, n, "payments", payment("pay_full", 3205))
                .body("status", equalTo("PAID")).body("payments", hasSize(1));
        assertThat(historySize(APPLICATIONS, n)).as("a replayed confirmation records nothing").isEqualTo(events);

        stepOk(Callers.ENGINEER_GURUGRAM, n, "ready-for-release", Map.of("testReportReference", "WTR-2026-118"))
                .body("status", equalTo("READY_FOR_RELEASE"));
        stepOk(Callers.ENGINEER_GURUGRAM, n, "release", Map.of())
                .body("status", equalTo("RELEASED"))
                .body("release.consumerNumber", matchesPattern("8\\d{9}"))
                .body("release.withinDueTime", equalTo(true));

        Callers.as(Callers.AGENT).get(APPLICATIONS + "/{n}/history", n).then().statusCode(200)
                .body("eventType", contains("ApplicationRegistered", "DeficiencyNoted", "DocumentsResubmitted",
                        "DocumentsVerified", "SiteInspected", "DemandNoteIssued", "PaymentReceived",
                        "ReadyForRelease", "ConnectionReleased"))
                .body("[0].payload.by", equalTo("AGENT-0042"))
                .body("[0].payload.byRole", equalTo("agent"))
                .body("[6].payload.by", equalTo("service-account-payment-gateway"));
    }

    @Test
    void anHtDepositComesInTwoInstalmentsAndOnlyTheFullPaymentStartsTheReleaseClock() {
        Map<String, Object> ht = ApiTestSupport.with(ApiTestSupport.with(ApiTestSupport.with(application(),
                "category", "HT"), "load", 100), "phases", 3);
        ht = ApiTestSupport.with(ApiTestSupport.with(ht, "applicantType", "COMPANY"), "documents", List.of(
                document("AA_FORM"), document("PHOTOGRAPH"), document("REGISTRATION_DEED"), document("PAN_CARD"),
                document("WIRING_TEST_REPORT"), document("MEMORANDUM_AND_ARTICLES"), document("DECLARATION"),
                document("BOARD_RESOLUTION"), document("SITE_DRAWING"), document("POLLUTION_NOC"),
                document("ELECTRICAL_INSPECTOR_APPROVAL")));
        String n = registeredUpToInspection(ht);
        List<Integer> instalments = stepOk(Callers.CRO_GURUGRAM, n, "demand-note", Map.of())
                .body("loadUnit", equalTo("KVA"))
                .extract().path("demandNote.instalments");
        assertThat(instalments).hasSize(2);

        assertConflict(step(Callers.PAYMENT_GATEWAY, n, "payments", payment("ht-2", instalments.get(1))), "DEMAND_NOTE_ISSUED");
        stepOk(Callers.PAYMENT_GATEWAY, n, "payments", payment("ht-1", instalments.get(0)))
                .body("status", equalTo("PARTLY_PAID")).body("balanceDue", equalTo(instalments.get(1)))
                .body("stage", equalTo("DEMAND_NOTE"));
        stepOk(Callers.PAYMENT_GATEWAY, n, "payments", payment("ht-2", instalments.get(1)))
                .body("status", equalTo("PAID")).body("balanceDue", equalTo(0)).body("stage", equalTo("RELEASE"))
                .body("payments.instalment", contains(1, 2));
        assertConflict(step(Callers.PAYMENT_GATEWAY, n, "payments", payment("ht-1", instalments.get(0) + 1)), "PAID")
                .body("detail", matchesPattern(".*recorded with Rs " + instalments.get(0) + ".*"));
    }

    @Test
    void aSiteThatIsNotFeasibleRejectsTheApplicationWithTheReason() {
        String n = register(application());
        stepOk(Callers.CRO_GURUGRAM, n, "documents-verification", Map.of());
        stepOk(Callers.ENGINEER_GURUGRAM, n, "inspection", Map.of("outcome", "NOT_FEASIBLE", "remarks", "no line within 2 km"))
                .body("status", equalTo("REJECTED")).body("endReason", equalTo("not feasible: no line within 2 km"));
        assertConflict(step(Callers.CRO_GURUGRAM, n, "demand-note", Map.of()), "REJECTED");
        assertConflict(step(Callers.AGENT, n, "withdrawal", Map.of("reason", "late")), "REJECTED");
    }

    /** docs/domain.md: release on the existing network in a metro in 3 days (the Rules), with extension in 2 months. */
    @Test
    void networkExtensionSwitchesTheReleaseLimit() {
        assertThat(releaseLimitAfter("FEASIBLE")).isEqualTo(Duration.ofDays(3));
        assertThat(releaseLimitAfter("NEEDS_EXTENSION")).isEqualTo(Duration.ofDays(60));
    }

    private static Duration releaseLimitAfter(String outcome) {
        String n = register(application());
        stepOk(Callers.CRO_GURUGRAM, n, "documents-verification", Map.of());
        stepOk(Callers.ENGINEER_GURUGRAM, n, "inspection", Map.of("outcome", outcome, "remarks", "seen"))
                .body("networkExtension", equalTo(outcome.equals("NEEDS_EXTENSION")))
                .body("stage", equalTo("DEMAND_NOTE"));
        stepOk(Callers.CRO_GURUGRAM, n, "demand-note", Map.of());
        var paid = stepOk(Callers.PAYMENT_GATEWAY, n, "payments", payment("pay-" + n, 3205)).extract().jsonPath();
        return Duration.between(Instant.parse(paid.getString("payments[0].at")), Instant.parse(paid.getString("dueAt")));
    }

    @Test
    void aWithdrawnApplicationEnds() {
        String n = register(application());
        stepOk(Callers.AGENT, n, "withdrawal", Map.of("reason", "Applicant moved away"))
                .body("status", equalTo("WITHDRAWN")).body("endReason", equalTo("Applicant moved away"));
        assertConflict(step(Callers.CRO_GURUGRAM, n, "rejection", Map.of("reason", "x")), "WITHDRAWN");
        assertConflict(step(Callers.PAYMENT_GATEWAY, n, "payments", payment("late", 5)), "WITHDRAWN");
    }
}
