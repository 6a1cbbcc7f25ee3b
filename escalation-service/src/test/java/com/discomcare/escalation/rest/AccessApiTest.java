package com.discomcare.escalation.rest;

import com.discomcare.escalation.it.ComplaintEventsPublisher;
import com.discomcare.escalation.it.Staff;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static com.discomcare.escalation.it.Staff.ADMIN;
import static com.discomcare.escalation.it.Staff.AGENT;
import static com.discomcare.escalation.it.Staff.CIRCLE_HEAD_GURUGRAM;
import static com.discomcare.escalation.it.Staff.CRO_GURUGRAM;
import static com.discomcare.escalation.it.Staff.CSM_FARIDABAD;
import static com.discomcare.escalation.it.Staff.CSM_GURUGRAM;
import static com.discomcare.escalation.it.Staff.DM_GURUGRAM;
import static com.discomcare.escalation.it.Staff.ENGINEER_GURUGRAM;
import static com.discomcare.escalation.it.Staff.INTEGRATION;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may call what: every endpoint of the service, called by every role of the realm, by a user without a role,
 * and without a token or with one that does not verify (expired, from another issuer, forged). Each answer is
 * checked against the access table of the README: 2xx, 401 or 403 (and 404 or 400 where the checks before them
 * pass), refusals as problem documents, and a refused roster edit changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @ResourceArg(name = "database", value = "escalations"))
class AccessApiTest {

    private static final String GURUGRAM_CASE = ComplaintEventsPublisher.newRequestNumber();
    private static final String REWARI_CASE = ComplaintEventsPublisher.newRequestNumber();
    private static final String FARIDABAD_CASE = ComplaintEventsPublisher.newRequestNumber();
    private static final String UNKNOWN_CASE = "999999999999";

    /** The cases are opened once: the application, its database and broker are shared by the JVM's tests. */
    private static boolean casesOpened;

    /** The Authorization header of callers whose token does not verify, or who send none: 401 everywhere. */
    private static final Map<String, String> UNAUTHENTICATED = unauthenticated();

    private static Map<String, String> unauthenticated() {
        Map<String, String> authorizations = new LinkedHashMap<>();
        authorizations.put("no token", null);
        authorizations.put("an expired token", ADMIN.caller().expiredSince(Duration.ofMinutes(5)).token());
        authorizations.put("a token of another issuer",
                ADMIN.caller().issuedBy("https://elsewhere.invalid/realms/discom-care").token());
        authorizations.put("a forged token", ADMIN.caller().signedWithAnotherKey().token());
        return authorizations;
    }

    private static final Map<String, Object> GURUGRAM_CSM = officer("CSM-GGN", "Vikram Yadav", "9810000012",
            "Gurugram Circle");
    private static final Map<String, Object> GURUGRAM_HEAD = officer("CH-GGN", "Rajesh Malhotra", "9810000001", null);

    /**
     * One request and who gets which answer; every caller not named gets 403. {@code undo}: for a roster edit,
     * puts the sample roster back after an allowed call.
     */
    private record Row(String name, Function<RequestSpecification, Response> send, Map<Staff, Integer> answers,
                       Function<RequestSpecification, Response> undo) {

        Row allow(int status, Staff... callers) {
            Map<Staff, Integer> more = new EnumMap<>(Staff.class);
            more.putAll(answers);
            for (Staff caller : callers) {
                more.put(caller, status);
            }
            return new Row(name, send, more, undo);
        }

        int expectedFor(Staff caller) {
            return answers.getOrDefault(caller, 403);
        }
    }

    private static Row row(String name, Function<RequestSpecification, Response> send) {
        return new Row(name, send, new EnumMap<>(Staff.class), null);
    }

    private static Row rosterEdit(String name, Function<RequestSpecification, Response> send,
                                  Function<RequestSpecification, Response> undo) {
        return new Row(name, send, new EnumMap<>(Staff.class), undo);
    }

    private static final Staff[] READ_ANY_DISTRICT = {AGENT, INTEGRATION, ADMIN};
    private static final Staff[] GURUGRAM_MANAGERS = {CRO_GURUGRAM, CSM_GURUGRAM, DM_GURUGRAM, CIRCLE_HEAD_GURUGRAM};
    private static final Staff[] ESCALATION_READERS = {AGENT, INTEGRATION, ADMIN, CRO_GURUGRAM, CSM_GURUGRAM,
            DM_GURUGRAM, CSM_FARIDABAD, CIRCLE_HEAD_GURUGRAM};

    private static List<Row> table() {
        return List.of(
                row("GET a Gurugram case", request -> request.get("/api/v1/escalations/{rn}", GURUGRAM_CASE))
                        .allow(200, READ_ANY_DISTRICT).allow(200, GURUGRAM_MANAGERS),
                row("GET a Rewari case", request -> request.get("/api/v1/escalations/{rn}", REWARI_CASE))
                        .allow(200, READ_ANY_DISTRICT).allow(200, CIRCLE_HEAD_GURUGRAM),
                row("GET a Faridabad case", request -> request.get("/api/v1/escalations/{rn}", FARIDABAD_CASE))
                        .allow(200, READ_ANY_DISTRICT).allow(200, CSM_FARIDABAD),
                // An unknown case is 404 for every role that may read cases, before any district rule.
                row("GET an unknown case", request -> request.get("/api/v1/escalations/{rn}", UNKNOWN_CASE))
                        .allow(404, ESCALATION_READERS),
                row("GET the board", request -> request.get("/api/v1/escalations"))
                        .allow(200, ESCALATION_READERS),
                row("GET the board of Faridabad", request -> request.queryParam("district", "Faridabad")
                        .get("/api/v1/escalations"))
                        .allow(200, READ_ANY_DISTRICT).allow(200, CSM_FARIDABAD),
                // The district rule comes before the input rules.
                row("GET the board of Faridabad at tier 7", request -> request.queryParam("district", "Faridabad")
                        .queryParam("tier", "7").get("/api/v1/escalations"))
                        .allow(400, READ_ANY_DISTRICT).allow(400, CSM_FARIDABAD),
                row("GET the roster", request -> request.get("/api/v1/officers"))
                        .allow(200, AGENT, CRO_GURUGRAM, ENGINEER_GURUGRAM, CSM_GURUGRAM, DM_GURUGRAM, CSM_FARIDABAD,
                                CIRCLE_HEAD_GURUGRAM, ADMIN),
                rosterEdit("PUT the CSM of Gurugram",
                        request -> putDistrictCsm(request, officer("CSM-GGN-2", "Imran Khan", "9810000098", null)),
                        request -> putDistrictCsm(request, GURUGRAM_CSM))
                        .allow(200, ADMIN),
                rosterEdit("PUT the head of Gurugram Circle",
                        request -> putCircleHead(request, officer("CH-GGN-2", "Meera Nair", "9810000097", null)),
                        request -> putCircleHead(request, GURUGRAM_HEAD))
                        .allow(200, ADMIN),
                // The role is checked before the body: only an admin learns that it is wrong.
                row("PUT a CSM with a bad phone number",
                        request -> putDistrictCsm(request, officer("CSM-GGN-3", "Bad Phone", "12345", null)))
                        .allow(400, ADMIN),
                row("PUT a CSM with a body that is no JSON", request -> request.contentType(ContentType.JSON)
                        .body("{\"id\": ").put("/api/v1/officers/districts/{district}/csm", "Gurugram"))
                        .allow(400, ADMIN));
    }

    @BeforeEach
    void openCases() {
        if (casesOpened) {
            return;
        }
        // Due tomorrow: no tier falls due while the tests of this JVM run, so these cases add no events later.
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        try (var complaints = new ComplaintEventsPublisher(TestStack.kafka().bootstrapServers())) {
            complaints.publish(ComplaintEventsPublisher.registered(GURUGRAM_CASE, "Gurugram", tomorrow), 0);
            complaints.publish(ComplaintEventsPublisher.registered(REWARI_CASE, "Rewari", tomorrow), 0);
            complaints.publish(ComplaintEventsPublisher.registered(FARIDABAD_CASE, "Faridabad", tomorrow), 0);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> boardOf(ADMIN).keySet()
                .containsAll(Set.of(GURUGRAM_CASE, REWARI_CASE, FARIDABAD_CASE)));
        casesOpened = true;
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheAccessTableSays() {
        List<String> wrong = new ArrayList<>();
        for (Row row : table()) {
            for (Staff caller : Staff.values()) {
                check(row, caller.name(), request -> bearer(request, caller.token()), row.expectedFor(caller), wrong);
            }
            UNAUTHENTICATED.forEach((who, token) ->
                    check(row, who, request -> token == null ? request : bearer(request, token), 401, wrong));
        }
        assertThat(wrong).as("answers that differ from the access table").isEmpty();
    }

    @Test
    void theBoardShowsADistrictCallerTheCasesOfTheirDistrictsOnly() {
        Map<String, String> gurugramCsm = boardOf(CSM_GURUGRAM);
        assertThat(gurugramCsm).containsKey(GURUGRAM_CASE).doesNotContainKeys(REWARI_CASE, FARIDABAD_CASE);
        assertThat(gurugramCsm.values()).containsOnly("Gurugram");

        Map<String, String> gurugramCircleHead = boardOf(CIRCLE_HEAD_GURUGRAM);
        assertThat(gurugramCircleHead).containsKeys(GURUGRAM_CASE, REWARI_CASE).doesNotContainKey(FARIDABAD_CASE);
        assertThat(gurugramCircleHead.values()).containsOnly("Gurugram", "Rewari");

        Map<String, String> faridabadCsm = boardOf(CSM_FARIDABAD);
        assertThat(faridabadCsm).containsKey(FARIDABAD_CASE).doesNotContainKeys(GURUGRAM_CASE, REWARI_CASE);
        assertThat(faridabadCsm.values()).containsOnly("Faridabad");

        assertThat(boardOf(AGENT)).containsKeys(GURUGRAM_CASE, REWARI_CASE, FARIDABAD_CASE);
    }

    /** Sends the row's request as one caller and records what differs from {@code expected}. */
    private static void check(Row row, String caller, Function<RequestSpecification, RequestSpecification> authorize,
                              int expected, List<String> wrong) {
        String rosterBefore = row.undo() == null ? null : roster();
        Response response = row.send().apply(authorize.apply(given()));
        String what = row.name() + " as " + caller + ": ";
        if (response.statusCode() != expected) {
            wrong.add(what + "expected " + expected + ", got " + response.statusCode() + " " + response.asString());
            return;
        }
        if (expected >= 400) {
            boolean problem = response.contentType().startsWith("application/problem+json")
                    && response.jsonPath().getInt("status") == expected;
            if (!problem) {
                wrong.add(what + "not a problem document: " + response.contentType() + " " + response.asString());
            }
            if (expected == 401 && !"Bearer".equals(response.header("WWW-Authenticate"))) {
                wrong.add(what + "401 without WWW-Authenticate: Bearer");
            }
        }
        if (rosterBefore == null) {
            return;
        }
        if (expected < 300) {
            if (roster().equals(rosterBefore)) {
                wrong.add(what + "was allowed but the roster did not change");
            }
            row.undo().apply(bearer(given(), ADMIN.token())).then().statusCode(200);
        }
        if (!roster().equals(rosterBefore)) {
            wrong.add(what + (expected < 300 ? "could not be undone" : "was refused but changed the roster"));
        }
    }

    /** The caller's board (request number to district): one page holds every open case of the tests of this JVM. */
    private static Map<String, String> boardOf(Staff caller) {
        List<Map<String, Object>> items = bearer(given(), caller.token()).queryParam("size", "100")
                .get("/api/v1/escalations").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, String> districts = new LinkedHashMap<>();
        items.forEach(item -> districts.put((String) item.get("requestNumber"), (String) item.get("district")));
        return districts;
    }

    private static String roster() {
        return bearer(given(), ADMIN.token()).get("/api/v1/officers").then().statusCode(200).extract().asString();
    }

    private static Response putDistrictCsm(RequestSpecification request, Map<String, Object> officer) {
        return request.contentType(ContentType.JSON).body(officer)
                .put("/api/v1/officers/districts/{district}/csm", "Gurugram");
    }

    private static Response putCircleHead(RequestSpecification request, Map<String, Object> officer) {
        return request.contentType(ContentType.JSON).body(officer)
                .put("/api/v1/officers/circles/{circle}/head", "Gurugram Circle");
    }

    private static Map<String, Object> officer(String id, String name, String phone, String circle) {
        Map<String, Object> officer = new LinkedHashMap<>(Map.of("id", id, "name", name, "phone", phone));
        if (circle != null) {
            officer.put("circle", circle);
        }
        return officer;
    }

    private static RequestSpecification bearer(RequestSpecification request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }
}
