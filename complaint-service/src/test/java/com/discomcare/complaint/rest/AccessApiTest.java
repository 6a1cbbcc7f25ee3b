package com.discomcare.complaint.rest;

import com.discomcare.complaint.Callers;
import com.discomcare.complaint.domain.RequestNumbers;
import com.discomcare.kit.security.Roles;
import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.tokens.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static com.discomcare.complaint.rest.AccessApiTest.Caller.ADMIN;
import static com.discomcare.complaint.rest.AccessApiTest.Caller.AGENT;
import static com.discomcare.complaint.rest.AccessApiTest.Caller.CIRCLE_HEAD_GURUGRAM;
import static com.discomcare.complaint.rest.AccessApiTest.Caller.CIRCLE_HEAD_HISAR;
import static com.discomcare.complaint.rest.AccessApiTest.Caller.CRO_FARIDABAD;
import static com.discomcare.complaint.rest.AccessApiTest.Caller.CRO_GURUGRAM;
import static com.discomcare.complaint.rest.AccessApiTest.Caller.CSM_FARIDABAD;
import static com.discomcare.complaint.rest.AccessApiTest.Caller.CSM_GURUGRAM;
import static com.discomcare.complaint.rest.AccessApiTest.Caller.DM_FARIDABAD;
import static com.discomcare.complaint.rest.AccessApiTest.Caller.DM_GURUGRAM;
import static com.discomcare.complaint.rest.AccessApiTest.Caller.ENGINEER_ASSIGNED;
import static com.discomcare.complaint.rest.AccessApiTest.Caller.INTEGRATION;
import static com.discomcare.complaint.rest.ApiTestSupport.COMPLAINTS;
import static com.discomcare.complaint.rest.ApiTestSupport.assertNothingStoredFor;
import static com.discomcare.complaint.rest.ApiTestSupport.assertProblem;
import static com.discomcare.complaint.rest.ApiTestSupport.complaintState;
import static com.discomcare.complaint.rest.ApiTestSupport.historySize;
import static com.discomcare.complaint.rest.ApiTestSupport.step;
import static com.discomcare.complaint.rest.ApiTestSupport.uniqueConsumer;
import static com.discomcare.complaint.rest.ApiTestSupport.with;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who may call what (the README's "Sign-in and roles"), over every endpoint and every kind of caller, with real
 * signed tokens: the callers of the table get 2xx, everyone else with a valid token 403, a missing or bad token
 * 401, always as problem documents, and a refused step changes nothing. Each step is tried on a Gurugram complaint
 * in a state that allows it, assigned to JE-1042, so that only the caller decides the answer.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class AccessApiTest {

    /** Everyone who may knock: the roles in and outside the complaint's district, and tokens that do not count. */
    enum Caller {
        AGENT("AGENT-0042", Roles.AGENT, Callers.AGENT),
        INTEGRATION("service-account-sms-gateway", Roles.INTEGRATION, Callers.SMS_GATEWAY),
        ADMIN("ADMIN-01", Roles.ADMIN, Callers.ADMIN),
        CRO_GURUGRAM("CRO-GGN", Roles.CRO, Callers.CRO_GURUGRAM),
        CSM_GURUGRAM("CSM-GGN", Roles.CSM, officer("CSM-GGN", Roles.CSM, "Gurugram")),
        DM_GURUGRAM("DM-GGN", Roles.DM, officer("DM-GGN", Roles.DM, "Gurugram")),
        CIRCLE_HEAD_GURUGRAM("CH-GGN", Roles.CIRCLE_HEAD, circleHead("CH-GGN", "Gurugram Circle", "Gurugram", "Rewari")),
        ENGINEER_ASSIGNED("JE-1042", Roles.ENGINEER, Callers.ENGINEER),
        CRO_FARIDABAD("CRO-FBD", Roles.CRO, officer("CRO-FBD", Roles.CRO, "Faridabad")),
        CSM_FARIDABAD("CSM-FBD", Roles.CSM, officer("CSM-FBD", Roles.CSM, "Faridabad")),
        DM_FARIDABAD("DM-FBD", Roles.DM, officer("DM-FBD", Roles.DM, "Faridabad")),
        CIRCLE_HEAD_HISAR("CH-HSR", Roles.CIRCLE_HEAD, circleHead("CH-HSR", "Hisar Circle", "Hisar", "Sirsa")),
        ENGINEER_NOT_ASSIGNED("JE-2001", Roles.ENGINEER, officer("JE-2001", Roles.ENGINEER, "Gurugram")),
        NO_TOKEN(null, null, null),
        EXPIRED(null, null, TestTokens.as("AGENT-0042").roles(Roles.AGENT).expiredSince(Duration.ofMinutes(1)).token()),
        WRONG_ISSUER(null, null, TestTokens.as("AGENT-0042").roles(Roles.AGENT)
                .issuedBy("https://login.example.invalid/realms/discom-care").token()),
        FORGED_SIGNATURE(null, null, TestTokens.as("AGENT-0042").roles(Roles.AGENT).signedWithAnotherKey().token());

        final String id;
        final String role;
        final String token;

        Caller(String id, String role, String token) {
            this.id = id;
            this.role = role;
            this.token = token;
        }

        boolean signedIn() {
            return id != null;
        }

        RequestSpecification request() {
            return token == null ? given() : Callers.as(token);
        }

        private static String officer(String id, String role, String district) {
            return TestTokens.as(id).roles(role).districts(district).token();
        }

        /** A circle head's token lists every district of the circle. */
        private static String circleHead(String id, String circle, String... districts) {
            return TestTokens.as(id).roles(Roles.CIRCLE_HEAD).districts(districts).circle(circle).token();
        }
    }

    private static final Set<Caller> EVERY_SIGNED_IN = EnumSet.of(AGENT, INTEGRATION, ADMIN, CRO_GURUGRAM,
            CSM_GURUGRAM, DM_GURUGRAM, CIRCLE_HEAD_GURUGRAM, ENGINEER_ASSIGNED, CRO_FARIDABAD, CSM_FARIDABAD,
            DM_FARIDABAD, CIRCLE_HEAD_HISAR, Caller.ENGINEER_NOT_ASSIGNED);
    private static final Set<Caller> READERS = EnumSet.of(AGENT, INTEGRATION, ADMIN, CRO_GURUGRAM, CSM_GURUGRAM,
            DM_GURUGRAM, CIRCLE_HEAD_GURUGRAM, ENGINEER_ASSIGNED);
    private static final Set<Caller> DISTRICT_OFFICERS = EnumSet.of(CRO_GURUGRAM, CSM_GURUGRAM, DM_GURUGRAM,
            CIRCLE_HEAD_GURUGRAM);
    private static final Set<Caller> CONSUMER_CONTACT = EnumSet.of(AGENT, INTEGRATION, CRO_GURUGRAM);

    private static final Map<String, Object> ASSIGN = Map.of("engineerId", "JE-1042", "engineerName", "Suresh Yadav");
    private static final Map<String, Object> PAUSE = Map.of("reason", "CONSUMER_NOT_AVAILABLE");
    private static final Map<String, Object> RESOLVE = Map.of("resolutionCode", "FUSE_REPLACED", "remarks", "done");

    /**
     * Every endpoint: who may call it (the README's table), the state its complaint needs first, and the call. The
     * list is asked for Gurugram's complaints, which officers of other districts may not ask for.
     */
    enum Endpoint {
        REGISTER(CONSUMER_CONTACT, 201, rn -> { }, (caller, rn) -> caller.request().contentType(ContentType.JSON)
                .body(complaint(uniqueConsumer("ACC"), "E1.1")).post(COMPLAINTS)),
        READ(READERS, 200, AccessApiTest::assigned, (caller, rn) -> caller.request().get(COMPLAINTS + "/{rn}", rn)),
        HISTORY(READERS, 200, AccessApiTest::assigned,
                (caller, rn) -> caller.request().get(COMPLAINTS + "/{rn}/history", rn)),
        LIST(listers(), 200, AccessApiTest::assigned,
                (caller, rn) -> caller.request().queryParam("district", "Gurugram").get(COMPLAINTS)),
        ASSIGNMENT(DISTRICT_OFFICERS, 200, rn -> { }, stepCall("assignment", ASSIGN)),
        SITE_VISIT(EnumSet.of(ENGINEER_ASSIGNED), 200, AccessApiTest::assigned, stepCall("site-visit", Map.of())),
        PAUSE_CLOCK(EnumSet.of(ENGINEER_ASSIGNED), 200, AccessApiTest::assigned, stepCall("pause", PAUSE)),
        RESUME_CLOCK(EnumSet.of(ENGINEER_ASSIGNED), 200, AccessApiTest::paused, stepCall("resume", Map.of())),
        RESOLUTION(EnumSet.of(ENGINEER_ASSIGNED), 200, AccessApiTest::assigned, stepCall("resolution", RESOLVE)),
        CLOSURE(DISTRICT_OFFICERS, 200, AccessApiTest::resolved, stepCall("closure", Map.of())),
        REOPENING(CONSUMER_CONTACT, 200, AccessApiTest::resolved, stepCall("reopening", Map.of("reason", "again"))),
        FEEDBACK(CONSUMER_CONTACT, 200, AccessApiTest::resolved, stepCall("feedback", Map.of("rating", 4))),
        POLICY_CATEGORIES(EVERY_SIGNED_IN, 200, rn -> { },
                (caller, rn) -> caller.request().get("/api/v1/complaint-policy/categories")),
        POLICY_DUE_TIME(EVERY_SIGNED_IN, 200, rn -> { }, (caller, rn) -> caller.request()
                .queryParam("category", "E1.1").queryParam("areaType", "URBAN").get("/api/v1/complaint-policy/due-time"));

        final Set<Caller> allowed;
        final int success;
        final Consumer<String> prepare;
        final Call call;

        Endpoint(Set<Caller> allowed, int success, Consumer<String> prepare, Call call) {
            this.allowed = allowed;
            this.success = success;
            this.prepare = prepare;
            this.call = call;
        }

        boolean changesState() {
            return call instanceof StepCall || this == REGISTER;
        }

        private static Set<Caller> listers() {
            Set<Caller> listers = EnumSet.copyOf(EVERY_SIGNED_IN);
            listers.removeAll(EnumSet.of(CRO_FARIDABAD, CSM_FARIDABAD, DM_FARIDABAD, CIRCLE_HEAD_HISAR));
            return listers;
        }
    }

    @FunctionalInterface
    interface Call {
        Response send(Caller caller, String requestNumber);
    }

    record StepCall(String step, Map<String, Object> body) implements Call {
        @Override
        public Response send(Caller caller, String requestNumber) {
            return caller.request().contentType(ContentType.JSON).body(body)
                    .post(COMPLAINTS + "/{rn}/" + step, requestNumber);
        }
    }

    private static Call stepCall(String step, Map<String, Object> body) {
        return new StepCall(step, body);
    }

    /** Every endpoint with every caller; all answers that differ from the table are reported together. */
    @Test
    void everyCallerGetsWhatTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            String refusedOn = preparedComplaint(endpoint);
            for (Caller caller : Caller.values()) {
                if (endpoint.allowed.contains(caller)) {
                    checkAllowed(endpoint, caller, wrong);
                } else {
                    checkRefused(endpoint, caller, refusedOn, wrong);
                }
            }
        }
        assertThat(wrong).as("answers that differ from the table").isEmpty();
    }

    private static void checkAllowed(Endpoint endpoint, Caller caller, List<String> wrong) {
        String rn = preparedComplaint(endpoint);
        Response answer = endpoint.call.send(caller, rn);
        if (answer.statusCode() != endpoint.success) {
            wrong.add(endpoint + " " + caller + ": " + answer.statusCode() + " instead of " + endpoint.success + ": "
                    + answer.asString());
        } else if (endpoint.call instanceof StepCall) {
            // The step is recorded as the signed-in caller's, whatever the body might have said.
            Map<String, Object> complaint = answer.jsonPath().getMap("");
            if (!caller.id.equals(complaint.get("updatedBy")) || !caller.role.equals(complaint.get("updatedByRole"))) {
                wrong.add(endpoint + " " + caller + ": the step was recorded as " + complaint.get("updatedBy") + " ("
                        + complaint.get("updatedByRole") + ")");
            }
        }
    }

    private static void checkRefused(Endpoint endpoint, Caller caller, String refusedOn, List<String> wrong) {
        int expected = caller.signedIn() ? 403 : 401;
        Map<String, Object> before = complaintState(refusedOn);
        int events = historySize(refusedOn);
        Response answer = endpoint.call.send(caller, refusedOn);
        String contentType = String.valueOf(answer.contentType());
        if (answer.statusCode() != expected || !contentType.startsWith("application/problem+json")
                || answer.jsonPath().getInt("status") != expected) {
            wrong.add(endpoint + " " + caller + ": " + answer.statusCode() + " (" + contentType + ") instead of "
                    + expected + ": " + answer.asString());
        } else if (expected == 401 && !"Bearer".equals(answer.header("WWW-Authenticate"))) {
            wrong.add(endpoint + " " + caller + ": 401 without 'WWW-Authenticate: Bearer'");
        }
        if (endpoint.changesState() && (historySize(refusedOn) != events || !complaintState(refusedOn).equals(before))) {
            wrong.add(endpoint + " " + caller + ": the refused call changed the complaint");
        }
    }

    /** A registration refused for its district stores nothing; checked once, it takes a wait on the read model. */
    @Test
    void aRefusedRegistrationStoresNothing() {
        String consumer = uniqueConsumer("ACC");
        for (Caller caller : List.of(CRO_FARIDABAD, CSM_GURUGRAM, ADMIN, ENGINEER_ASSIGNED, Caller.NO_TOKEN)) {
            Response refused = caller.request().contentType(ContentType.JSON).body(complaint(consumer, "E1.1"))
                    .post(COMPLAINTS);
            assertProblem(refused, caller.signedIn() ? 403 : 401);
        }
        assertNothingStoredFor(consumer);
    }

    // ------------------------------------------------------------------------------------------------------------
    // The two rules on top of the role, as the issue names them
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void aGurugramCsmCannotActOnAFaridabadComplaint() {
        String rn = register(with(complaint(uniqueConsumer("FBD"), "E1.1"), "district", "Faridabad"));
        String croFaridabad = Caller.CRO_FARIDABAD.token;
        Callers.as(croFaridabad).contentType(ContentType.JSON)
                .body(Map.of("engineerId", "JE-3001", "engineerName", "Ramesh Singh"))
                .post(COMPLAINTS + "/{rn}/assignment", rn).then().statusCode(200);
        Map<String, Object> before = complaintState(rn);

        assertProblem(CSM_GURUGRAM.request().contentType(ContentType.JSON).body(ASSIGN)
                .post(COMPLAINTS + "/{rn}/assignment", rn), 403)
                .body("detail", equalTo("complaint " + rn + " is outside what CSM-GGN may act on: the districts "
                        + "[Gurugram]"));
        assertProblem(CSM_GURUGRAM.request().get(COMPLAINTS + "/{rn}", rn), 403);
        assertProblem(CSM_GURUGRAM.request().get(COMPLAINTS + "/{rn}/history", rn), 403);
        assertProblem(CSM_GURUGRAM.request().queryParam("district", "Faridabad").get(COMPLAINTS), 403);
        assertThat(historySize(rn)).isEqualTo(2);
        assertThat(complaintState(rn)).isEqualTo(before);

        // The Faridabad CSM may.
        CSM_FARIDABAD.request().contentType(ContentType.JSON).body(ASSIGN)
                .post(COMPLAINTS + "/{rn}/assignment", rn).then().statusCode(200).body("assignee.id", equalTo("JE-1042"));
    }

    @Test
    void anEngineerCannotResolveAnotherEngineersComplaint() {
        String rn = register(complaint(uniqueConsumer("ENG"), "E1.2"));
        assigned(rn);
        Map<String, Object> before = complaintState(rn);

        for (String step : List.of("resolution", "site-visit", "pause")) {
            Map<String, Object> body = step.equals("resolution") ? RESOLVE : step.equals("pause") ? PAUSE : Map.of();
            assertProblem(Caller.ENGINEER_NOT_ASSIGNED.request().contentType(ContentType.JSON).body(body)
                    .post(COMPLAINTS + "/{rn}/" + step, rn), 403)
                    .body("detail", equalTo("complaint " + rn + " is outside what JE-2001 may act on: what is "
                            + "assigned to them"));
        }
        assertProblem(Caller.ENGINEER_NOT_ASSIGNED.request().get(COMPLAINTS + "/{rn}", rn), 403);
        assertThat(historySize(rn)).isEqualTo(2);
        assertThat(complaintState(rn)).isEqualTo(before);

        ENGINEER_ASSIGNED.request().contentType(ContentType.JSON).body(RESOLVE)
                .post(COMPLAINTS + "/{rn}/resolution", rn).then().statusCode(200).body("status", equalTo("RESOLVED"));
        // Reassigned to JE-2001, the complaint is theirs and no longer JE-1042's.
        String again = register(complaint(uniqueConsumer("ENG"), "E1.2"));
        step(again, "assignment", Map.of("engineerId", "JE-2001", "engineerName", "Mohan Lal")).then().statusCode(200);
        assertProblem(ENGINEER_ASSIGNED.request().contentType(ContentType.JSON).body(PAUSE)
                .post(COMPLAINTS + "/{rn}/pause", again), 403);
        Caller.ENGINEER_NOT_ASSIGNED.request().contentType(ContentType.JSON).body(PAUSE)
                .post(COMPLAINTS + "/{rn}/pause", again).then().statusCode(200);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Lists show only what the caller may see; the order of the checks
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void theListShowsOfficersTheirDistrictsAndEngineersTheirComplaints() {
        String consumer = uniqueConsumer("LST");
        String gurugram = register(complaint(consumer, "E1.1"));
        String faridabad = register(with(complaint(consumer, "E1.2"), "district", "Faridabad"));
        String hisarAssigned = register(with(complaint(consumer, "E1.3"), "district", "Hisar"));
        Callers.as(officerOf("Hisar")).contentType(ContentType.JSON).body(ASSIGN)
                .post(COMPLAINTS + "/{rn}/assignment", hisarAssigned).then().statusCode(200);
        ApiTestSupport.awaitExactlyListed(consumer, gurugram, faridabad, hisarAssigned);

        Map<Caller, List<String>> expected = new HashMap<>();
        expected.put(AGENT, List.of(gurugram, faridabad, hisarAssigned));
        expected.put(ADMIN, List.of(gurugram, faridabad, hisarAssigned));
        expected.put(CRO_GURUGRAM, List.of(gurugram));
        expected.put(CIRCLE_HEAD_GURUGRAM, List.of(gurugram));
        expected.put(CSM_FARIDABAD, List.of(faridabad));
        expected.put(CIRCLE_HEAD_HISAR, List.of(hisarAssigned));
        expected.put(ENGINEER_ASSIGNED, List.of(hisarAssigned));
        expected.put(Caller.ENGINEER_NOT_ASSIGNED, List.of());
        expected.forEach((caller, complaints) -> await().atMost(ApiTestSupport.READ_MODEL_WAIT).untilAsserted(() -> {
            Response list = caller.request().queryParam("consumerNumber", consumer).get(COMPLAINTS);
            list.then().statusCode(200);
            assertThat(list.jsonPath().getList("items.requestNumber", String.class)).as(caller.name())
                    .containsExactlyInAnyOrderElementsOf(complaints);
            assertThat(list.jsonPath().getLong("total")).as(caller.name()).isEqualTo(complaints.size());
        }));
    }

    @Test
    void checksComeInTheirOrderTokenRoleNotFoundThenDistrict() {
        String unknown = RequestNumbers.format(97, 876_543_210L);
        // No token beats an invalid body; a role that may not take the step beats an unknown complaint.
        assertProblem(Caller.NO_TOKEN.request().contentType(ContentType.JSON).body("{\"by\":")
                .post(COMPLAINTS + "/{rn}/assignment", unknown), 401);
        assertProblem(AGENT.request().contentType(ContentType.JSON).body(ASSIGN)
                .post(COMPLAINTS + "/{rn}/assignment", unknown), 403);
        // An unknown complaint is unknown to an officer of any district: 404 before the district rule.
        assertProblem(CRO_FARIDABAD.request().contentType(ContentType.JSON).body(ASSIGN)
                .post(COMPLAINTS + "/{rn}/assignment", unknown), 404);
        assertProblem(CRO_FARIDABAD.request().get(COMPLAINTS + "/{rn}", unknown), 404);
        // A step the state does not allow is refused as such only to someone who may act on the complaint.
        String rn = register(complaint(uniqueConsumer("ORD"), "E1.2"));
        assertProblem(CRO_FARIDABAD.request().contentType(ContentType.JSON).body(Map.of())
                .post(COMPLAINTS + "/{rn}/closure", rn), 403);
        assertProblem(CRO_GURUGRAM.request().contentType(ContentType.JSON).body(Map.of())
                .post(COMPLAINTS + "/{rn}/closure", rn), 409);
        assertThat(historySize(rn)).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------------------------

    private static String preparedComplaint(Endpoint endpoint) {
        String rn = register(complaint(uniqueConsumer("ACC"), "E1.2"));
        endpoint.prepare.accept(rn);
        return rn;
    }

    private static void assigned(String rn) {
        step(rn, "assignment", ASSIGN).then().statusCode(200);
    }

    private static void paused(String rn) {
        assigned(rn);
        step(rn, "pause", PAUSE).then().statusCode(200);
    }

    private static void resolved(String rn) {
        assigned(rn);
        step(rn, "resolution", RESOLVE).then().statusCode(200);
    }

    private static String officerOf(String district) {
        return TestTokens.as("CRO-" + district.substring(0, 3).toUpperCase()).roles(Roles.CRO).districts(district)
                .token();
    }
}
