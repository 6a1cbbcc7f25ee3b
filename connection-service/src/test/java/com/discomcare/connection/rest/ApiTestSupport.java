package com.discomcare.connection.rest;

import com.discomcare.connection.Callers;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Helpers shared by the connection API tests: bodies, steps, problem assertions. */
final class ApiTestSupport {

    static final String APPLICATIONS = "/api/v1/connection-applications";
    static final String SERVICE_REQUESTS = "/api/v1/service-requests";

    private ApiTestSupport() {
    }

    static Map<String, Object> document(String type) {
        return Map.of("type", type, "referenceNumber", "REF-" + type, "issuedBy", "Issuing authority of " + type);
    }

    /** The documents of a DS or NDS owner's checklist (docs/domain.md). */
    static List<Map<String, Object>> ownersDocuments() {
        return List.of(document("AA_FORM"), document("PHOTOGRAPH"), document("HOUSE_TAX_NOTICE"),
                document("VOTER_CARD"), document("WIRING_TEST_REPORT"));
    }

    /** A tenant adds the owner's consent and an indemnity bond. */
    static List<Map<String, Object>> tenantsDocuments() {
        List<Map<String, Object>> documents = new ArrayList<>(ownersDocuments());
        documents.add(document("OWNER_CONSENT"));
        documents.add(document("INDEMNITY_BOND"));
        return documents;
    }

    /** A complete DS 5 kW single-phase application of an owner in Gurugram, an authorised area. */
    static Map<String, Object> application() {
        Map<String, Object> body = new HashMap<>();
        body.put("applicantType", "INDIVIDUAL");
        body.put("name", "Ramesh Kumar");
        body.put("category", "DS");
        body.put("load", 5);
        body.put("phases", 1);
        body.put("areaType", "METRO");
        body.put("district", "Gurugram");
        body.put("address", "H.No. 12, Sector 43, Gurugram");
        body.put("premisesSqYd", 120);
        body.put("authorisedArea", true);
        body.put("phone", "+919876543210");
        body.put("language", "hi");
        body.put("documents", ownersDocuments());
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static Response post(String token, Object body) {
        return Callers.as(token).contentType(ContentType.JSON).body(body).when().post(APPLICATIONS);
    }

    /** Registers as the agent and returns the application number. */
    static String register(Map<String, Object> body) {
        return post(Callers.AGENT, body).then().log().ifValidationFails().statusCode(201)
                .body("applicationNumber", matchesPattern("5\\d{12}"))
                .body("status", equalTo("REGISTERED"))
                .extract().path("applicationNumber");
    }

    static Response step(String token, String applicationNumber, String step, Object body) {
        return Callers.as(token).contentType(ContentType.JSON).body(body)
                .when().post(APPLICATIONS + "/{n}/" + step, applicationNumber);
    }

    static ValidatableResponse stepOk(String token, String applicationNumber, String step, Object body) {
        return step(token, applicationNumber, step, body).then().log().ifValidationFails().statusCode(200);
    }

    /** Takes an application from registration to the demand note: verified, inspected as feasible. */
    static String registeredUpToInspection(Map<String, Object> body) {
        String n = register(body);
        stepOk(Callers.CRO_GURUGRAM, n, "documents-verification", Map.of());
        stepOk(Callers.ENGINEER_GURUGRAM, n, "inspection", Map.of("outcome", "FEASIBLE", "remarks", "LT line at 30 m"));
        return n;
    }

    static Map<String, Object> payment(String transaction, long amount) {
        return Map.of("gatewayTransactionId", transaction, "amount", amount);
    }

    static Map<String, Object> state(String applicationNumber) {
        return Callers.as(Callers.AGENT).get(APPLICATIONS + "/{n}", applicationNumber)
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    static int historySize(String path, String number) {
        return Callers.as(Callers.AGENT).get(path + "/{n}/history", number)
                .then().statusCode(200).extract().path("size()");
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

    /** Asserts a 400 problem whose {@code errors} name exactly these fields, each with a message. */
    static ValidatableResponse assertInvalid(Response response, String... fields) {
        return assertProblem(response, 400)
                .body("errors.field", everyItem(is(in(fields))))
                .body("errors.field", hasItems(fields))
                .body("errors.message", everyItem(not(emptyOrNullString())));
    }

    /** Asserts a 409 problem naming the current state. */
    static ValidatableResponse assertConflict(Response response, String currentState) {
        return assertProblem(response, 409).body("currentState", equalTo(currentState));
    }
}
