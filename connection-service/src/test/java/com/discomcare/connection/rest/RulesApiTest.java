package com.discomcare.connection.rest;

import com.discomcare.connection.Callers;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.discomcare.connection.rest.ApiTestSupport.assertInvalid;
import static com.discomcare.connection.rest.ApiTestSupport.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/** The charges and the time limits over the API: docs/domain.md's worked examples, and bad queries as 400s. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @ResourceArg(name = "database", value = "connections"))
class RulesApiTest {

    @Test
    void aDsFiveKwSinglePhaseQuoteIsRs3205() {
        Callers.as(Callers.AGENT).queryParam("category", "DS").queryParam("load", "5").queryParam("phases", "1")
                .get("/api/v1/charges").then().statusCode(200)
                .body("total", equalTo(3205))
                .body("version", notNullValue())
                .body("lines.amount", hasItems(5, 2500, 650, 50));
    }

    @Test
    void aDsLoadOf4point2KwPaysTheDepositOf5Kw() {
        Callers.as(Callers.ENGINEER_GURUGRAM).queryParam("category", "DS").queryParam("load", "4.2")
                .get("/api/v1/charges").then().statusCode(200)
                .body("lines.find { it.code == 'CONSUMPTION_DEPOSIT' }.amount", equalTo(2500));
    }

    @Test
    void aBadQuoteNamesEveryFault() {
        assertInvalid(Callers.as(Callers.AGENT).queryParam("category", "XX").queryParam("load", "-1")
                .queryParam("phases", "2").queryParam("temporary", "yes").get("/api/v1/charges"),
                "category", "load", "phases", "temporary");
        assertProblem(given().queryParam("category", "DS").queryParam("load", "5").get("/api/v1/charges"), 401);
    }

    @Test
    void releaseOnTheExistingNetworkInAMetroIsDueInThreeDays() {
        Callers.as(Callers.AGENT).queryParam("requestType", "NEW_CONNECTION").queryParam("stage", "RELEASE")
                .queryParam("condition", "EXISTING_NETWORK").queryParam("category", "DS").queryParam("load", "5")
                .queryParam("areaType", "METRO").queryParam("from", "2026-11-23T10:00:00+05:30")
                .get("/api/v1/connection-policy/due-time").then().statusCode(200)
                .body("limit", equalTo("PT72H"))
                .body("dueAt", equalTo("2026-11-26T10:00:00+05:30"));
    }

    @Test
    void aDueTimeQueryThatLeavesOutWhatTheLimitDependsOnIsA400() {
        assertInvalid(Callers.as(Callers.AGENT).queryParam("requestType", "NEW_CONNECTION").queryParam("stage", "RELEASE")
                .get("/api/v1/connection-policy/due-time"), "query");
        assertInvalid(Callers.as(Callers.AGENT).queryParam("requestType", "TELEPORT")
                .get("/api/v1/connection-policy/due-time"), "requestType");
    }
}
