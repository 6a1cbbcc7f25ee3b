package com.discomcare.escalation.rest;

import com.discomcare.escalation.it.Staff;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Text with control characters, values of the wrong JSON type and over-long URIs never reach the roster or SQL. The
 * requests are an admin's, who may call every endpoint, so that they get as far as the input rules.
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @ResourceArg(name = "database", value = "escalations"))
class InputRulesApiTest {

    private static final Map<String, Object> OFFICER = Map.of("id", "CSM-X", "name", "Vikram", "phone", "9810000012",
            "circle", "Gurugram Circle");

    @Test
    void aControlCharacterInAQueryOrPathParameterIsAFieldErrorNotADatabaseError() {
        invalid(Staff.ADMIN.request().queryParam("district", "Guru\u0000gram").get("/api/v1/officers"), "district");
        invalid(Staff.ADMIN.request().queryParam("district", "Guru\u0000gram").get("/api/v1/escalations"), "district");
        invalid(Staff.ADMIN.request().get("/api/v1/escalations/{rn}", "2600000\u00000012"), "requestNumber");
        invalid(put("/api/v1/officers/districts/{d}/csm", "Guru\u0000gram", OFFICER), "district");
        invalid(put("/api/v1/officers/districts/Gurugram/{role}", "cs\u0001m", OFFICER), "role");
        invalid(put("/api/v1/officers/circles/{c}/head", "Circle\n", OFFICER), "circle");
        rosterUnchanged();
    }

    @Test
    void aControlCharacterOrLoneSurrogateInABodyFieldIsAFieldError() {
        invalid(put("/api/v1/officers/districts/{d}/csm", "Gurugram", with("name", "Vik\u0000ram")), "name");
        invalid(put("/api/v1/officers/districts/{d}/csm", "Gurugram", with("id", "CSM\tX")), "id");
        invalid(put("/api/v1/officers/districts/{d}/csm", "Gurugram", with("circle", "G\ud800")), "circle");
        rosterUnchanged();
    }

    @Test
    void aNumberWhereTextBelongsIsAFieldError() {
        invalid(put("/api/v1/officers/districts/{d}/csm", "Gurugram", with("phone", 9810000012L)), "phone");
        invalid(put("/api/v1/officers/districts/{d}/csm", "Gurugram", with("name", true)), "name");
        rosterUnchanged();
    }

    @Test
    void anOverLongUriIsAProblemDocument() {
        problem(Staff.ADMIN.request().urlEncodingEnabled(false)
                .get("/api/v1/officers?district=" + "x".repeat(6_000)), 414);
        problem(Staff.ADMIN.request().header("X-Filler", "h".repeat(20_000)).get("/api/v1/officers"), 431);
    }

    private static Map<String, Object> with(String field, Object value) {
        var body = new java.util.HashMap<>(OFFICER);
        body.put(field, value);
        return body;
    }

    private static Response put(String path, String parameter, Map<String, Object> body) {
        return Staff.ADMIN.request().contentType(ContentType.JSON).body(body).put(path, parameter);
    }

    private static void rosterUnchanged() {
        Staff.ADMIN.request().get("/api/v1/officers").then().statusCode(200)
                .body("findAll { it.officer.id == 'CSM-X' }.size()", equalTo(0));
    }

    private static ValidatableResponse problem(Response response, int status) {
        return response.then().log().ifValidationFails().statusCode(status)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(status));
    }

    private static void invalid(Response response, String field) {
        problem(response, 400).body("errors.field", hasItem(field));
    }
}
