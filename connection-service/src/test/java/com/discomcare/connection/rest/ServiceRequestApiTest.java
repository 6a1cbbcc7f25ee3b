package com.discomcare.connection.rest;

import com.discomcare.connection.Callers;
import com.discomcare.kit.security.Roles;
import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.tokens.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static com.discomcare.connection.rest.ApiTestSupport.SERVICE_REQUESTS;
import static com.discomcare.connection.rest.ApiTestSupport.assertConflict;
import static com.discomcare.connection.rest.ApiTestSupport.assertInvalid;
import static com.discomcare.connection.rest.ApiTestSupport.assertProblem;
import static com.discomcare.connection.rest.ApiTestSupport.document;
import static com.discomcare.connection.rest.ApiTestSupport.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** An existing consumer's requests: the type's documents and steps come from the checklist data. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @ResourceArg(name = "database", value = "connections"))
class ServiceRequestApiTest {

    static Map<String, Object> nameChange() {
        Map<String, Object> body = new HashMap<>();
        body.put("requestType", "NAME_CHANGE");
        body.put("consumerNumber", "1102345678");
        body.put("name", "Sita Devi");
        body.put("phone", "9876543210");
        body.put("district", "Gurugram");
        body.put("areaType", "MUNICIPAL");
        body.put("details", "Transfer to the legal heir");
        body.put("documents", List.of(document("REQUEST_FORM"), document("REGISTRATION_DEED"), document("VOTER_CARD"),
                document("DEATH_CERTIFICATE"), document("INDEMNITY_BOND")));
        return body;
    }

    static Response post(Object body) {
        return Callers.as(Callers.AGENT).contentType(ContentType.JSON).body(body).post(SERVICE_REQUESTS);
    }

    static Response step(String token, String n, String step, Object body) {
        return Callers.as(token).contentType(ContentType.JSON).body(body).post(SERVICE_REQUESTS + "/{n}/" + step, n);
    }

    @Test
    void aNameChangeGoesThroughItsStepsInOrderAndCompletes() {
        String n = post(nameChange()).then().log().ifValidationFails().statusCode(201)
                .body("requestNumber", matchesPattern("6\\d{12}"))
                .body("status", equalTo("REGISTERED"))
                .body("steps", contains("DOCUMENTS_VERIFIED", "METER_READ"))
                .body("stage", equalTo("COMPLETION"))
                .body("dueAt", notNullValue())
                .extract().path("requestNumber");
        assertConflict(step(Callers.CRO_GURUGRAM, n, "completion", Map.of()), "REGISTERED")
                .body("detail", containsString("DOCUMENTS_VERIFIED is not done yet"));
        assertConflict(step(Callers.ENGINEER_GURUGRAM, n, "steps", Map.of("step", "METER_READ")), "REGISTERED")
                .body("detail", containsString("the next step is DOCUMENTS_VERIFIED"));
        step(Callers.CRO_GURUGRAM, n, "steps", Map.of("step", "DOCUMENTS_VERIFIED", "remarks", "originals seen"))
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        step(Callers.ENGINEER_GURUGRAM, n, "steps", Map.of("step", "METER_READ"))
                .then().statusCode(200).body("stepsDone", hasSize(2));
        step(Callers.CRO_GURUGRAM, n, "completion", Map.of("remarks", "name changed in billing"))
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("withinDueTime", equalTo(true));
        assertConflict(step(Callers.CRO_GURUGRAM, n, "rejection", Map.of("reason", "late")), "COMPLETED");
        Callers.as(Callers.AGENT).get(SERVICE_REQUESTS + "/{n}/history", n).then().statusCode(200)
                .body("eventType", contains("ServiceRequestRegistered", "ServiceRequestStepRecorded",
                        "ServiceRequestStepRecorded", "ServiceRequestCompleted"));
    }

    @Test
    void anUnknownTypeAndMissingDocumentsAre400s() {
        assertInvalid(post(with(nameChange(), "requestType", "TELEPORTATION")), "requestType");
        assertInvalid(post(with(nameChange(), "documents", List.of(document("REQUEST_FORM")))), "documents");
    }

    /** docs/domain.md: a reconnection of a consumer disconnected for less than 6 months within 24 hours. */
    @Test
    void aReconnectionNamesItsCaseWhichSetsItsLimit() {
        Map<String, Object> reconnection = with(with(nameChange(), "requestType", "RECONNECTION"), "documents", List.of());
        assertInvalid(post(reconnection), "condition");
        assertInvalid(post(with(reconnection, "condition", "ON_THE_MOON")), "condition");
        var registered = post(with(reconnection, "condition", "DISCONNECTED_UNDER_6_MONTHS")).then().statusCode(201)
                .body("steps", contains("PAYMENT_RECEIVED")).extract().jsonPath();
        assertThat(Duration.between(Instant.parse(registered.getString("registered.at")),
                Instant.parse(registered.getString("dueAt")))).isEqualTo(Duration.ofHours(24));
        assertInvalid(post(with(nameChange(), "condition", "DISCONNECTED_UNDER_6_MONTHS")), "condition");
    }

    @Test
    void aRejectedRequestEnds() {
        String n = post(nameChange()).then().statusCode(201).extract().path("requestNumber");
        step(Callers.CRO_GURUGRAM, n, "rejection", Map.of("reason", "not the legal heir"))
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        assertConflict(step(Callers.CRO_GURUGRAM, n, "steps", Map.of("step", "DOCUMENTS_VERIFIED")), "REJECTED");
    }

    @Test
    void anApplicationNumberOrAWrongCheckDigitIsA400AndAnUnknownNumberA404() {
        assertInvalid(Callers.as(Callers.AGENT).get(SERVICE_REQUESTS + "/{n}", "5260000000428"), "requestNumber");
        assertInvalid(Callers.as(Callers.AGENT).get(SERVICE_REQUESTS + "/{n}", "6990000000013"), "requestNumber");
        assertProblem(Callers.as(Callers.AGENT).get(SERVICE_REQUESTS + "/{n}", "6990000000017"), 404);
    }

    @Test
    void serviceRequestsAreFoundByConsumerNumberStatusAndPhoneInTheCallersDistrictsOnly() {
        String consumer = "TEST-" + ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L);
        Map<String, Object> mine = with(nameChange(), "consumerNumber", consumer);
        String first = post(mine).then().statusCode(201).extract().path("requestNumber");
        String second = post(mine).then().statusCode(201).extract().path("requestNumber");
        step(Callers.CRO_GURUGRAM, second, "rejection", Map.of("reason", "a duplicate")).then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(numbers(
                list(Callers.CRO_GURUGRAM, Map.of("consumerNumber", consumer, "status", "REJECTED")))).containsExactly(second));
        JsonPath both = list(Callers.AGENT, Map.of("consumerNumber", consumer));
        assertThat(numbers(both)).as("newest first").containsExactly(second, first);
        assertThat(both.getInt("total")).isEqualTo(2);
        assertThat(both.getString("items[1].status")).isEqualTo("REGISTERED");
        assertThat(numbers(list(Callers.AGENT, Map.of("consumerNumber", consumer, "status", "REGISTERED",
                "phone", "+919876543210")))).containsExactly(first);
        assertThat(numbers(list(Callers.AGENT, Map.of("consumerNumber", consumer, "phone", "9810000021")))).isEmpty();
        String faridabadOfficer = TestTokens.as("CRO-FBD").roles(Roles.CRO).districts("Faridabad").token();
        assertThat(numbers(list(faridabadOfficer, Map.of("consumerNumber", consumer))))
                .as("an officer sees only the requests of their districts").isEmpty();

        assertInvalid(Callers.as(Callers.AGENT).queryParam("status", "DONE").queryParam("phone", "12345")
                .queryParam("consumerNumber", "no spaces").queryParam("size", "0").get(SERVICE_REQUESTS),
                "status", "phone", "consumerNumber", "size");
    }

    private static JsonPath list(String token, Map<String, ?> filters) {
        return Callers.as(token).queryParams(filters).get(SERVICE_REQUESTS).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> numbers(JsonPath page) {
        return page.getList("items.requestNumber", String.class);
    }
}
