package com.discomcare.complaint.rest;

import com.discomcare.complaint.Callers;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.discomcare.complaint.rest.ApiTestSupport.COMPLAINTS;
import static com.discomcare.complaint.rest.ApiTestSupport.assertBadRequest;
import static com.discomcare.complaint.rest.ApiTestSupport.assertInvalid;
import static com.discomcare.complaint.rest.ApiTestSupport.assertNothingStoredFor;
import static com.discomcare.complaint.rest.ApiTestSupport.assertProblem;
import static com.discomcare.complaint.rest.ApiTestSupport.awaitExactlyListed;
import static com.discomcare.complaint.rest.ApiTestSupport.post;
import static com.discomcare.complaint.rest.ApiTestSupport.uniqueConsumer;
import static com.discomcare.complaint.rest.ApiTestSupport.with;
import static com.discomcare.complaint.rest.ApiTestSupport.without;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** POST /api/v1/complaints rejects every invalid registration with a field list, and stores nothing then. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class RegistrationValidationApiTest {

    private static final String CATEGORY = "E1.1";

    @Test
    void aMissingBodyIsRejected() {
        String consumer = uniqueConsumer("RV");
        assertProblem(Callers.asAgent().contentType(ContentType.JSON).when().post(COMPLAINTS), 400);
        assertProblem(Callers.asAgent().contentType(ContentType.JSON).body("null").when().post(COMPLAINTS), 400);
        assertNothingStoredFor(consumer);
    }

    @Test
    void malformedJsonIsRejectedAsAProblem() {
        String consumer = uniqueConsumer("RV");
        String truncated = "{\"consumerNumber\": \"" + consumer + "\", \"name\": \"Ramesh\", \"phone\": ";
        assertProblem(Callers.asAgent().contentType(ContentType.JSON).body(truncated).when().post(COMPLAINTS), 400)
                .body("errors", nullValue());
        assertProblem(Callers.asAgent().contentType(ContentType.JSON).body("this is not json").when().post(COMPLAINTS), 400);
        assertProblem(Callers.asAgent().contentType(ContentType.JSON).body("{\"name\": \"Ramesh\"} trailing").when()
                .post(COMPLAINTS), 400);
        assertProblem(Callers.asAgent().contentType(ContentType.TEXT).body("no supply").when().post(COMPLAINTS), 415);
        assertNothingStoredFor(consumer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "5876543210", "+9198765", "98765432100", "+91 9876543210", "09876543210",
            "+9198765432101", "987654321a"})
    void aPhoneThatIsNotAnIndianMobileIsRejected(String phone) {
        String consumer = uniqueConsumer("RV");
        assertInvalid(post(with(complaint(consumer, CATEGORY), "phone", phone)), "phone");
        assertNothingStoredFor(consumer);
    }

    @Test
    void eachInvalidFieldIsNamed() {
        String consumer = uniqueConsumer("RV");
        Map<String, Object> valid = complaint(consumer, CATEGORY);
        assertInvalid(post(with(valid, "category", "E9.9")), "category");
        assertInvalid(post(without(valid, "category")), "category");
        assertBadRequest(post(with(valid, "areaType", "SUBURBAN"))); // full check: unbindableValues...
        assertInvalid(post(without(valid, "areaType")), "areaType");
        assertBadRequest(post(with(valid, "channel", "CARRIER_PIGEON")));
        assertInvalid(post(without(valid, "channel")), "channel");
        assertBadRequest(post(with(valid, "language", "fr")));
        assertInvalid(post(with(valid, "name", "   ")), "name");
        assertInvalid(post(without(valid, "name")), "name");
        assertInvalid(post(with(valid, "name", "न".repeat(101))), "name");
        assertInvalid(post(with(valid, "description", "x".repeat(1001))), "description");
        assertInvalid(post(with(valid, "district", "")), "district");
        assertInvalid(post(with(valid, "district", " \t ")), "district");
        assertInvalid(post(with(valid, "address", "a".repeat(301))), "address");
        assertInvalid(post(without(valid, "phone")), "phone");
        // The registering agent is the signed-in user; the field that used to name them is refused.
        assertInvalid(post(with(valid, "agentId", "AGENT-0042")), "agentId");
        assertInvalid(post(with(valid, "by", "AGENT-0042")), "by");
        assertNothingStoredFor(consumer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN 1001", " CN1001", "CN1001 ", "CN", "CN_1001", "CCCCCCCCCCCCCCCCCCCCC"})
    void aMalformedConsumerNumberIsRejected(String consumerNumber) {
        String consumer = uniqueConsumer("RV");
        assertInvalid(post(with(complaint(consumer, CATEGORY), "consumerNumber", consumerNumber)), "consumerNumber");
        assertNothingStoredFor(consumer);
    }

    /**
     * A value Jackson cannot bind (an unknown enum constant such as areaType "SUBURBAN", a string where a number
     * belongs, an array instead of an object) is a 400 problem document naming the field, and stores nothing.
     * Quarkus ships its own mapper for MismatchedInputException (400 as plain JSON without the {@code errors} list)
     * and picks the mapper of the most specific exception type, so service-kit's ProblemMapper maps
     * MismatchedInputException itself; this test fails if Quarkus' mapper answers instead.
     */
    @Test
    void unbindableValuesAreProblemsNamingTheirField() {
        String consumer = uniqueConsumer("RV");
        Map<String, Object> valid = complaint(consumer, CATEGORY);
        String rn = register(complaint(uniqueConsumer("RV"), "E1.2"));
        Callers.asCro().contentType(ContentType.JSON)
                .body(Map.of("engineerId", "JE-1042", "engineerName", "Suresh"))
                .post(COMPLAINTS + "/{rn}/assignment", rn).then().statusCode(200);

        Map<String, Response> cases = new LinkedHashMap<>();
        cases.put("areaType", post(with(valid, "areaType", "SUBURBAN")));
        cases.put("channel", post(with(valid, "channel", "CARRIER_PIGEON")));
        cases.put("language", post(with(valid, "language", "fr")));
        cases.put("resolutionCode", ApiTestSupport.step(rn, "resolution",
                Map.of("resolutionCode", "PRAYED", "remarks", "done")));
        cases.put("reason", ApiTestSupport.step(rn, "pause", Map.of("reason", "LUNCH_BREAK")));
        cases.put("rating", ApiTestSupport.step(rn, "feedback", Map.of("rating", "five")));

        // Whatever the answer's shape, nothing was stored.
        assertThat(ApiTestSupport.historySize(rn)).isEqualTo(2);
        assertNothingStoredFor(consumer);

        List<String> wrong = new ArrayList<>();
        cases.forEach((field, response) -> {
            String contentType = response.contentType();
            List<String> fields = contentType.startsWith("application/problem+json")
                    ? response.jsonPath().getList("errors.field", String.class) : null;
            if (response.statusCode() != 400 || !List.of(field).equals(fields)) {
                wrong.add(field + ": " + response.statusCode() + " " + contentType + " " + response.asString());
            }
        });
        Response array = Callers.asAgent().contentType(ContentType.JSON).body("[1, 2]").post(COMPLAINTS);
        if (array.statusCode() != 400 || !array.contentType().startsWith("application/problem+json")) {
            wrong.add("array body: " + array.statusCode() + " '" + array.contentType() + "' " + array.asString());
        }
        assertThat(wrong).as("expected 400 application/problem+json naming the field in errors").isEmpty();
    }

    @Test
    void severalInvalidFieldsAreAllReportedAtOnce() {
        String consumer = uniqueConsumer("RV");
        Map<String, Object> body = complaint(consumer, "E9.9");
        body = with(body, "name", "");
        body = with(body, "phone", "12345");
        body = with(body, "district", " ");
        body = with(body, "description", "x".repeat(1001));
        assertInvalid(post(body), "category", "name", "phone", "district", "description")
                .body("detail", equalTo("5 fields are invalid"));
        assertNothingStoredFor(consumer);
    }

    @Test
    void bothPhoneFormsAreAcceptedAndStoredAsTenDigits() {
        String plainConsumer = uniqueConsumer("RV");
        String plain = register(with(complaint(plainConsumer, CATEGORY), "phone", "9876543210"));
        String prefixedConsumer = uniqueConsumer("RV");
        String prefixed = register(with(complaint(prefixedConsumer, CATEGORY), "phone", "+919876543210"));

        Callers.asAgent().get(COMPLAINTS + "/{rn}", plain).then().statusCode(200).body("phone", equalTo("9876543210"));
        Callers.asAgent().get(COMPLAINTS + "/{rn}", prefixed).then().statusCode(200).body("phone", equalTo("9876543210"));
        awaitExactlyListed(plainConsumer, plain);
        awaitExactlyListed(prefixedConsumer, prefixed);
        Callers.asAgent().queryParam("consumerNumber", prefixedConsumer).get(COMPLAINTS)
                .then().statusCode(200).body("items[0].phone", equalTo("9876543210"));
    }

    @Test
    void optionalFieldsMayBeOmitted() {
        // No consumer number (a caller who is not a consumer), no language (English).
        Map<String, Object> body = without(without(complaint("unused", CATEGORY), "consumerNumber"), "language");
        String rn = post(body).then().statusCode(201).extract().path("requestNumber");
        Callers.asAgent().get(COMPLAINTS + "/{rn}", rn).then().statusCode(200)
                .body("consumerNumber", nullValue())
                .body("language", equalTo("en"))
                .body("registeredBy", equalTo("AGENT-0042"));
    }

    @Test
    void hindiTextRoundTripsThroughTheApi() {
        String consumer = uniqueConsumer("RV");
        String name = "श्रीमती सुनीता देवी";
        String address = "मकान नं. १२, सेक्टर ४३, गुरुग्राम";
        String description = "कल रात से बिजली नहीं है; ट्रांसफ़ॉर्मर से धुआँ निकल रहा था";
        Map<String, Object> body = with(with(with(complaint(consumer, CATEGORY), "name", name),
                "address", address), "description", description);
        String rn = post(body).then().statusCode(201)
                .body("name", equalTo(name))
                .body("address", equalTo(address))
                .body("description", equalTo(description))
                .extract().path("requestNumber");
        Callers.asAgent().get(COMPLAINTS + "/{rn}", rn).then().statusCode(200)
                .body("name", equalTo(name))
                .body("address", equalTo(address))
                .body("description", equalTo(description))
                .body("language", equalTo("hi"));
        Callers.asAgent().get(COMPLAINTS + "/{rn}/history", rn).then().statusCode(200)
                .body("[0].payload.name", equalTo(name))
                .body("[0].payload.address", equalTo(address))
                .body("[0].payload.description", equalTo(description));
        awaitExactlyListed(consumer, rn);
        Callers.asAgent().queryParam("consumerNumber", consumer).get(COMPLAINTS)
                .then().statusCode(200).body("items[0].name", equalTo(name));
    }
}
