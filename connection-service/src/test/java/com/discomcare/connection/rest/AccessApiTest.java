package com.discomcare.connection.rest;

import com.discomcare.connection.Callers;
import com.discomcare.kit.security.Roles;
import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.tokens.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static com.discomcare.connection.rest.AccessApiTest.Caller.ADMIN;
import static com.discomcare.connection.rest.AccessApiTest.Caller.AGENT;
import static com.discomcare.connection.rest.AccessApiTest.Caller.CIRCLE_HEAD_GURUGRAM;
import static com.discomcare.connection.rest.AccessApiTest.Caller.CRO_GURUGRAM;
import static com.discomcare.connection.rest.AccessApiTest.Caller.CSM_GURUGRAM;
import static com.discomcare.connection.rest.AccessApiTest.Caller.DM_GURUGRAM;
import static com.discomcare.connection.rest.AccessApiTest.Caller.ENGINEER_GURUGRAM;
import static com.discomcare.connection.rest.AccessApiTest.Caller.INTEGRATION;
import static com.discomcare.connection.rest.ApiTestSupport.APPLICATIONS;
import static com.discomcare.connection.rest.ApiTestSupport.SERVICE_REQUESTS;
import static com.discomcare.connection.rest.ApiTestSupport.application;
import static com.discomcare.connection.rest.ApiTestSupport.document;
import static com.discomcare.connection.rest.ApiTestSupport.payment;
import static com.discomcare.connection.rest.ApiTestSupport.register;
import static com.discomcare.connection.rest.ApiTestSupport.registeredUpToInspection;
import static com.discomcare.connection.rest.ApiTestSupport.state;
import static com.discomcare.connection.rest.ApiTestSupport.stepOk;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what (the service README's table), over every endpoint and every kind of caller, with real signed
 * tokens: the callers of the table get 2xx, everyone else with a valid token 403, a missing or bad token 401, as
 * problem documents, and a refused step changes nothing. Each step is tried on a Gurugram application in a state
 * that allows it, so that only the caller decides the answer.
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @ResourceArg(name = "database", value = "connections"))
class AccessApiTest {

    enum Caller {
        AGENT(Callers.AGENT),
        INTEGRATION(Callers.PAYMENT_GATEWAY),
        ADMIN(Callers.ADMIN),
        CRO_GURUGRAM(Callers.CRO_GURUGRAM),
        CSM_GURUGRAM(officer("CSM-GGN", Roles.CSM, "Gurugram")),
        DM_GURUGRAM(officer("DM-GGN", Roles.DM, "Gurugram")),
        CIRCLE_HEAD_GURUGRAM(TestTokens.as("CH-GGN").roles(Roles.CIRCLE_HEAD).districts("Gurugram", "Rewari")
                .circle("Gurugram Circle").token()),
        ENGINEER_GURUGRAM(Callers.ENGINEER_GURUGRAM),
        CRO_FARIDABAD(officer("CRO-FBD", Roles.CRO, "Faridabad")),
        CSM_FARIDABAD(officer("CSM-FBD", Roles.CSM, "Faridabad")),
        DM_FARIDABAD(officer("DM-FBD", Roles.DM, "Faridabad")),
        ENGINEER_FARIDABAD(officer("JE-2001", Roles.ENGINEER, "Faridabad")),
        NO_TOKEN(null),
        EXPIRED(TestTokens.as("AGENT-0042").roles(Roles.AGENT).expiredSince(Duration.ofMinutes(1)).token()),
        FORGED_SIGNATURE(TestTokens.as("ADMIN-01").roles(Roles.ADMIN).signedWithAnotherKey().token());

        final String token;

        Caller(String token) {
            this.token = token;
        }

        boolean signedIn() {
            return this != NO_TOKEN && this != EXPIRED && this != FORGED_SIGNATURE;
        }

        RequestSpecification request() {
            return token == null ? given() : Callers.as(token);
        }

        private static String officer(String id, String role, String district) {
            return TestTokens.as(id).roles(role).districts(district).token();
        }
    }

    private static final Set<Caller> READERS = EnumSet.of(AGENT, INTEGRATION, ADMIN, CRO_GURUGRAM, CSM_GURUGRAM,
            DM_GURUGRAM, CIRCLE_HEAD_GURUGRAM, ENGINEER_GURUGRAM);
    private static final Set<Caller> CONSUMER_CONTACT = EnumSet.of(AGENT, ADMIN, CRO_GURUGRAM);
    private static final Set<Caller> OFFICE = EnumSet.of(ADMIN, CRO_GURUGRAM, CSM_GURUGRAM);
    private static final Set<Caller> FIELD = EnumSet.of(ADMIN, ENGINEER_GURUGRAM);

    /** Every endpoint: who may call it, the state its application or request needs first, and the call. */
    enum Endpoint {
        REGISTER(CONSUMER_CONTACT, 201, () -> null, (caller, n) -> caller.request().contentType(ContentType.JSON)
                .body(application()).post(APPLICATIONS)),
        READ(READERS, 200, AccessApiTest::registered, (caller, n) -> caller.request().get(APPLICATIONS + "/{n}", n)),
        HISTORY(READERS, 200, AccessApiTest::registered,
                (caller, n) -> caller.request().get(APPLICATIONS + "/{n}/history", n)),
        LIST(READERS, 200, AccessApiTest::registered,
                (caller, n) -> caller.request().queryParam("district", "Gurugram").get(APPLICATIONS)),
        VERIFICATION(OFFICE, 200, AccessApiTest::registered, step("documents-verification", Map.of())),
        DEFICIENCY(OFFICE, 200, AccessApiTest::registered, step("deficiency", Map.of("missing", List.of("PHOTOGRAPH")))),
        RESUBMISSION(CONSUMER_CONTACT, 200, AccessApiTest::deficient,
                step("resubmission", Map.of("documents", List.of(document("PHOTOGRAPH"))))),
        INSPECTION(FIELD, 200, AccessApiTest::verified, step("inspection", Map.of("outcome", "FEASIBLE", "remarks", "ok"))),
        DEMAND_NOTE(OFFICE, 200, AccessApiTest::inspected, step("demand-note", Map.of())),
        PAYMENT(EnumSet.of(INTEGRATION, ADMIN), 200, AccessApiTest::demandNoteIssued,
                (caller, n) -> send(caller, n, "payments", payment(UUID.randomUUID().toString(), 3205))),
        READY_FOR_RELEASE(FIELD, 200, AccessApiTest::paid, step("ready-for-release", Map.of("testReportReference", "WTR-1"))),
        RELEASE(EnumSet.of(ADMIN, ENGINEER_GURUGRAM, CRO_GURUGRAM, CSM_GURUGRAM), 200, AccessApiTest::readyForRelease,
                step("release", Map.of())),
        WITHDRAWAL(CONSUMER_CONTACT, 200, AccessApiTest::registered, step("withdrawal", Map.of("reason", "moved"))),
        REJECTION(EnumSet.of(ADMIN, CRO_GURUGRAM, CSM_GURUGRAM, DM_GURUGRAM), 200, AccessApiTest::registered,
                step("rejection", Map.of("reason", "duplicate"))),
        SERVICE_REQUEST(CONSUMER_CONTACT, 201, () -> null, (caller, n) -> caller.request().contentType(ContentType.JSON)
                .body(ServiceRequestApiTest.nameChange()).post(SERVICE_REQUESTS)),
        SERVICE_REQUEST_READ(READERS, 200, AccessApiTest::serviceRequest,
                (caller, n) -> caller.request().get(SERVICE_REQUESTS + "/{n}", n)),
        SERVICE_REQUEST_LIST(READERS, 200, AccessApiTest::serviceRequest,
                (caller, n) -> caller.request().queryParam("district", "Gurugram").get(SERVICE_REQUESTS)),
        SERVICE_REQUEST_STEP(EnumSet.of(ADMIN, CRO_GURUGRAM, CSM_GURUGRAM, ENGINEER_GURUGRAM), 200,
                AccessApiTest::serviceRequest, (caller, n) -> caller.request().contentType(ContentType.JSON)
                .body(Map.of("step", "DOCUMENTS_VERIFIED")).post(SERVICE_REQUESTS + "/{n}/steps", n)),
        SERVICE_REQUEST_REJECTION(EnumSet.of(ADMIN, CRO_GURUGRAM, CSM_GURUGRAM, DM_GURUGRAM), 200,
                AccessApiTest::serviceRequest, (caller, n) -> caller.request().contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post(SERVICE_REQUESTS + "/{n}/rejection", n));

        final Set<Caller> allowed;
        final int success;
        final Supplier<String> prepare;
        final Call call;

        Endpoint(Set<Caller> allowed, int success, Supplier<String> prepare, Call call) {
            this.allowed = allowed;
            this.success = success;
            this.prepare = prepare;
            this.call = call;
        }

        String prepared() {
            return prepare.get();
        }
    }

    @FunctionalInterface
    interface Call {
        Response send(Caller caller, String number);
    }

    private static Call step(String step, Map<String, Object> body) {
        return (caller, n) -> send(caller, n, step, body);
    }

    private static Response send(Caller caller, String n, String step, Object body) {
        return caller.request().contentType(ContentType.JSON).body(body).post(APPLICATIONS + "/{n}/" + step, n);
    }

    @Test
    void everyCallerGetsWhatTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            String refusedOn = endpoint.prepared();
            for (Caller caller : Caller.values()) {
                if (endpoint.allowed.contains(caller)) {
                    Response answer = endpoint.call.send(caller, endpoint.prepared());
                    if (answer.statusCode() != endpoint.success) {
                        wrong.add(endpoint + " as " + caller + ": " + answer.statusCode() + " " + answer.asString());
                    }
                } else {
                    Object before = refusedOn == null ? null : version(endpoint, refusedOn);
                    Response answer = endpoint.call.send(caller, refusedOn);
                    int expected = caller.signedIn() ? 403 : 401;
                    if (answer.statusCode() != expected
                            || !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
                        wrong.add(endpoint + " as " + caller + ": " + answer.statusCode() + " instead of " + expected);
                    }
                    if (refusedOn != null && !String.valueOf(version(endpoint, refusedOn)).equals(String.valueOf(before))) {
                        wrong.add(endpoint + " as " + caller + " changed " + refusedOn);
                    }
                }
            }
        }
        assertThat(wrong).as("answers that differ from the table").isEmpty();
    }

    private static Object version(Endpoint endpoint, String number) {
        String path = endpoint.name().startsWith("SERVICE_REQUEST") ? SERVICE_REQUESTS : APPLICATIONS;
        return Callers.as(Callers.ADMIN).get(path + "/{n}", number).then().statusCode(200).extract().path("version");
    }

    private static String registered() {
        return register(application());
    }

    private static String deficient() {
        String n = register(application());
        stepOk(Callers.CRO_GURUGRAM, n, "deficiency", Map.of("missing", List.of("PHOTOGRAPH")));
        return n;
    }

    private static String verified() {
        String n = register(application());
        stepOk(Callers.CRO_GURUGRAM, n, "documents-verification", Map.of());
        return n;
    }

    private static String inspected() {
        return registeredUpToInspection(application());
    }

    private static String demandNoteIssued() {
        String n = inspected();
        stepOk(Callers.CRO_GURUGRAM, n, "demand-note", Map.of());
        return n;
    }

    private static String paid() {
        String n = demandNoteIssued();
        stepOk(Callers.PAYMENT_GATEWAY, n, "payments", payment(UUID.randomUUID().toString(), 3205));
        return n;
    }

    private static String readyForRelease() {
        String n = paid();
        stepOk(Callers.ENGINEER_GURUGRAM, n, "ready-for-release", Map.of("testReportReference", "WTR-1"));
        assertThat(state(n)).containsEntry("status", "READY_FOR_RELEASE");
        return n;
    }

    private static String serviceRequest() {
        return Callers.as(Callers.AGENT).contentType(ContentType.JSON).body(ServiceRequestApiTest.nameChange())
                .post(SERVICE_REQUESTS).then().statusCode(201).extract().path("requestNumber");
    }
}
