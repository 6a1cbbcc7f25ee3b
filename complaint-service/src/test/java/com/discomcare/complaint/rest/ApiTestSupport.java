package com.discomcare.complaint.rest;

import com.discomcare.complaint.Callers;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

/** Helpers shared by the complaint API tests: unique data, problem assertions and "nothing changed" checks. */
final class ApiTestSupport {

    static final String COMPLAINTS = "/api/v1/complaints";
    static final Duration READ_MODEL_WAIT = Duration.ofSeconds(20);

    private ApiTestSupport() {
    }

    /** A consumer number no other test uses (4-20 letters, digits or dashes). */
    static String uniqueConsumer(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** A copy of {@code body} with {@code field} set to {@code value} (null is sent as JSON null). */
    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** A copy of {@code body} without {@code field}. */
    static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove(field);
        return copy;
    }

    /** Registers as the call-centre agent. */
    static Response post(Object body) {
        return Callers.asAgent().contentType(ContentType.JSON).body(body).when().post(COMPLAINTS);
    }

    /** Takes the step as {@link Callers#forStep the caller whose step it is} on a Gurugram complaint. */
    static Response step(String requestNumber, String step, Object body) {
        return step(Callers.forStep(step), requestNumber, step, body);
    }

    static Response step(String token, String requestNumber, String step, Object body) {
        return Callers.as(token).contentType(ContentType.JSON).body(body)
                .when().post(COMPLAINTS + "/{rn}/" + step, requestNumber);
    }

    /** Asserts an application/problem+json answer with that status (also in the body). */
    static ValidatableResponse assertProblem(Response response, int status) {
        return response.then().log().ifValidationFails()
                .statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()));
    }

    /**
     * Asserts a 400 problem whose {@code errors} name exactly these fields, each with a message (a field that
     * breaks two rules, e.g. a blank user id, may be named twice).
     */
    static ValidatableResponse assertInvalid(Response response, String... fields) {
        return assertProblem(response, 400)
                .body("errors.field", everyItem(is(in(fields))))
                .body("errors.field", hasItems(fields))
                .body("errors.message", everyItem(not(emptyOrNullString())));
    }

    /**
     * Only the status: for values Jackson cannot bind (an unknown enum constant), which the API currently answers
     * without a problem document; {@code RegistrationValidationApiTest#unbindableValuesAreProblemsNamingTheirField}
     * holds the full expectation.
     */
    static ValidatableResponse assertBadRequest(Response response) {
        return response.then().log().ifValidationFails().statusCode(400);
    }

    /** Asserts a 409 problem naming the complaint's current state. */
    static ValidatableResponse assertConflict(Response response, String currentState) {
        return assertProblem(response, 409).body("currentState", equalTo(currentState));
    }

    static int historySize(String requestNumber) {
        return Callers.asAgent().get(COMPLAINTS + "/{rn}/history", requestNumber)
                .then().statusCode(200).extract().path("size()");
    }

    static Map<String, Object> complaintState(String requestNumber) {
        return Callers.asAgent().get(COMPLAINTS + "/{rn}", requestNumber)
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    /**
     * Waits until the read model lists exactly these complaints for the consumer. The projection follows the
     * event store in order, so once the newest of them is listed, an older unwanted one would be listed too.
     */
    static void awaitExactlyListed(String consumerNumber, String... requestNumbers) {
        await().atMost(READ_MODEL_WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Response list = Callers.asAgent().queryParam("consumerNumber", consumerNumber).queryParam("size", 100)
                    .get(COMPLAINTS);
            list.then().statusCode(200);
            List<String> listed = list.jsonPath().getList("items.requestNumber", String.class);
            assertThat(listed).containsExactlyInAnyOrderElementsOf(Arrays.asList(requestNumbers));
            assertThat(list.jsonPath().getLong("total")).isEqualTo(requestNumbers.length);
        });
    }

    /**
     * Proves that rejected registrations stored nothing for this consumer: registers one valid complaint (of a
     * category the rejected ones did not use) and waits until it, and only it, is listed for the consumer.
     */
    static void assertNothingStoredFor(String consumerNumber) {
        String sentinel = ComplaintLifecycleApiTest.register(ComplaintLifecycleApiTest.complaint(consumerNumber, "SPM.3"));
        awaitExactlyListed(consumerNumber, sentinel);
    }
}
