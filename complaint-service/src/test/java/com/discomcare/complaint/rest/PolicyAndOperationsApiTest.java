package com.discomcare.complaint.rest;

import com.discomcare.complaint.Callers;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static com.discomcare.complaint.rest.ApiTestSupport.COMPLAINTS;
import static com.discomcare.complaint.rest.ApiTestSupport.assertInvalid;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/** The due-time policy endpoints, the Quarkus operations endpoints, and list query validation. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class PolicyAndOperationsApiTest {

    private static final String DUE_TIME = "/api/v1/complaint-policy/due-time";

    /** The query is sent as written: '+' in the offset must arrive as %2B, not as a space. */
    private static Response dueTime(String query) {
        return Callers.asAgent().urlEncodingEnabled(false).get(DUE_TIME + "?" + query);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Due time
    // ----------------------------------------------------------------------------------------------------------

    @Test
    void aWorkingHoursLimitSkipsTheNight() {
        // Monday 19:00 IST; working hours 08:00-20:00: one hour that evening, three the next morning.
        dueTime("category=E1.1&areaType=URBAN&from=2026-11-23T19:00:00%2B05:30").then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("category", equalTo("E1.1"))
                .body("areaType", equalTo("URBAN"))
                .body("clock", equalTo("WORKING_HOURS"))
                .body("limit", equalTo("PT4H"))
                .body("from", equalTo("2026-11-23T19:00:00+05:30"))
                .body("dueAt", equalTo("2026-11-24T11:00:00+05:30"));
    }

    @Test
    void aPlainLimitRunsThroughTheNight() {
        dueTime("category=E1.6&areaType=URBAN&from=2026-11-23T19:00:00%2B05:30").then()
                .statusCode(200)
                .body("clock", equalTo("PLAIN"))
                .body("limit", equalTo("PT12H"))
                .body("dueAt", equalTo("2026-11-24T07:00:00+05:30"));
    }

    @Test
    void aTimeInAnotherOffsetOrWithoutOffsetIsAnsweredInIndianTime() {
        // 13:30 UTC is 19:00 IST.
        dueTime("category=E1.1&areaType=URBAN&from=2026-11-23T13:30:00Z").then()
                .statusCode(200)
                .body("from", equalTo("2026-11-23T19:00:00+05:30"))
                .body("dueAt", equalTo("2026-11-24T11:00:00+05:30"));
        // Without an offset the time is read in the calendar's zone.
        dueTime("category=E1.6&areaType=RURAL&from=2026-11-23T19:00:00").then()
                .statusCode(200)
                .body("limit", equalTo("PT24H"))
                .body("dueAt", equalTo("2026-11-24T19:00:00+05:30"));
    }

    @Test
    void invalidDueTimeQueriesNameTheirFields() {
        assertInvalid(dueTime("areaType=URBAN&from=2026-11-23T19:00:00%2B05:30"), "category");
        assertInvalid(dueTime("category=E9.9&areaType=URBAN&from=2026-11-23T19:00:00%2B05:30"), "category");
        assertInvalid(dueTime("category=E1.1&areaType=SUBURBAN&from=2026-11-23T19:00:00%2B05:30"), "areaType");
        assertInvalid(dueTime("category=E1.1&from=2026-11-23T19:00:00%2B05:30"), "areaType");
        assertInvalid(dueTime("category=E1.1&areaType=urban&from=2026-11-23T19:00:00%2B05:30"), "areaType");
        assertInvalid(dueTime("category=E1.1&areaType=URBAN&from=yesterday"), "from");
        assertInvalid(dueTime("category=E1.1&areaType=URBAN&from=2026-11-31T19:00:00"), "from");
        assertInvalid(dueTime("category=E9.9&areaType=SUBURBAN&from=soon"), "category", "areaType", "from")
                .body("detail", equalTo("3 fields are invalid"));
    }

    @Test
    void withoutFromTheDueTimeCountsFromNow() {
        dueTime("category=E3&areaType=RURAL").then()
                .statusCode(200)
                .body("clock", equalTo("PLAIN"))
                .body("limit", equalTo("P10D"));
    }

    @Test
    void theCategoriesAreListedWithTheirLimits() {
        Callers.asAgent().get("/api/v1/complaint-policy/categories").then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("code", hasItems("E1.1", "E1.2", "E1.3", "E1.4", "E1.5", "E1.6", "E1.7", "E1.8", "E1.9",
                        "E1.10", "E1.11a", "E1.11b", "E2.1", "E2.2", "E2.3", "E3"))
                .body("find { it.code == 'E1.1' }.clock", equalTo("WORKING_HOURS"))
                .body("find { it.code == 'E1.1' }.urban", equalTo("PT4H"))
                .body("find { it.code == 'E1.1' }.rural", equalTo("P1D"))
                .body("find { it.code == 'E1.6' }.clock", equalTo("PLAIN"))
                .body("find { it.code == 'E3' }.description", containsString("bill"));
    }

    // ----------------------------------------------------------------------------------------------------------
    // Operations: health, OpenAPI, Swagger UI, metrics
    // ----------------------------------------------------------------------------------------------------------

    @Test
    void readinessIsUpWithTheDatabaseAndKafkaChecked() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Kafka connection health check' }.status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theOpenApiDocumentDescribesTheComplaintApi() {
        String document = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(document).contains("/api/v1/complaints", "/api/v1/complaints/{requestNumber}/history",
                "/api/v1/complaint-policy/due-time", "RegisterComplaintRequest");
        given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/complaints"));
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(startsWith("text/html"));
    }

    @Test
    void metricsCountTheHttpRequests() {
        Callers.asAgent().get("/api/v1/complaint-policy/categories").then().statusCode(200);
        Callers.asAgent().get(COMPLAINTS + "/{rn}", "12345").then().statusCode(400);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("http_server_requests");
        assertThat(metrics).contains("uri=\"/api/v1/complaint-policy/categories\"");
    }

    // ----------------------------------------------------------------------------------------------------------
    // List query parameters
    // ----------------------------------------------------------------------------------------------------------

    @Test
    void invalidListParametersNameTheirFields() {
        assertInvalid(Callers.asAgent().queryParam("status", "FOO").get(COMPLAINTS), "status");
        assertInvalid(Callers.asAgent().queryParam("status", "registered").get(COMPLAINTS), "status");
        assertInvalid(Callers.asAgent().queryParam("size", 0).get(COMPLAINTS), "size");
        assertInvalid(Callers.asAgent().queryParam("size", 101).get(COMPLAINTS), "size");
        assertInvalid(Callers.asAgent().queryParam("size", "ten").get(COMPLAINTS), "size");
        assertInvalid(Callers.asAgent().queryParam("page", -1).get(COMPLAINTS), "page");
        assertInvalid(Callers.asAgent().queryParam("page", "1.5").get(COMPLAINTS), "page");
        assertInvalid(Callers.asAgent().queryParam("phone", "12345").get(COMPLAINTS), "phone");
        assertInvalid(Callers.asAgent().queryParam("phone", "5876543210").get(COMPLAINTS), "phone");
        assertInvalid(Callers.asAgent().queryParam("status", "FOO").queryParam("size", 0).queryParam("page", -1)
                .queryParam("phone", "12345").get(COMPLAINTS), "status", "size", "page", "phone");
    }

    @Test
    void validListParametersAreAccepted() {
        String consumer = ApiTestSupport.uniqueConsumer("PO");
        String rn = register(ApiTestSupport.with(complaint(consumer, "E1.1"), "phone", "9123456780"));
        ApiTestSupport.awaitExactlyListed(consumer, rn);
        Callers.asAgent().queryParam("consumerNumber", consumer).queryParam("status", "REGISTERED")
                .queryParam("size", 1).queryParam("page", 0).get(COMPLAINTS).then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("total", equalTo(1))
                .body("items[0].requestNumber", equalTo(rn));
        Callers.asAgent().queryParam("consumerNumber", consumer).queryParam("status", "CLOSED").get(COMPLAINTS).then()
                .statusCode(200).body("total", equalTo(0));
        // +91 and 10-digit forms of the phone find the same complaints.
        Callers.asAgent().queryParam("phone", "+919123456780").queryParam("size", 100).get(COMPLAINTS).then()
                .statusCode(200).body("items.requestNumber", hasItem(rn));
        Callers.asAgent().queryParam("phone", "9123456780").queryParam("size", 100).get(COMPLAINTS).then()
                .statusCode(200).body("items.requestNumber", hasItem(rn));
        Callers.asAgent().queryParam("size", 100).queryParam("page", 100_000).get(COMPLAINTS).then()
                .statusCode(200).body("items.size()", equalTo(0));
    }
}
