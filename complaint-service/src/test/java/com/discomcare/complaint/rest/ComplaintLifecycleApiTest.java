package com.discomcare.complaint.rest;

import com.discomcare.complaint.Callers;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(TestStack.class)
public class ComplaintLifecycleApiTest {

    public static Map<String, Object> complaint(String consumerNumber, String category) {
        return Map.of(
                "consumerNumber", consumerNumber,
                "name", "रमेश कुमार",
                "phone", "+919876543210",
                "category", category,
                "areaType", "URBAN",
                "district", "Gurugram",
                "address", "H.No. 12, Sector 43",
                "description", "बिजली नहीं है since 6 pm",
                "channel", "CALL_CENTRE",
                "language", "hi");
    }

    public static String register(Map<String, Object> body) {
        return Callers.asAgent().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/complaints")
                .then().statusCode(201)
                .body("requestNumber", matchesPattern("\\d{12}"))
                .body("status", equalTo("REGISTERED"))
                .body("dueAt", notNullValue())
                .body("duplicate", equalTo(false))
                .extract().path("requestNumber");
    }

    @Test
    void theEngineersFlowReachesClosedAndEveryStepIsInTheHistory() {
        String rn = register(complaint("CN-1001", "E1.2"));
        Callers.asCro().contentType(ContentType.JSON)
                .body(Map.of("engineerId", "JE-1042", "engineerName", "Suresh Yadav", "engineerPhone", "9812345678"))
                .post("/api/v1/complaints/{rn}/assignment", rn)
                .then().statusCode(200).body("status", equalTo("ASSIGNED")).body("assignee.id", equalTo("JE-1042"));
        Callers.asEngineer().contentType(ContentType.JSON).body(Map.of("remarks", "reached"))
                .post("/api/v1/complaints/{rn}/site-visit", rn)
                .then().statusCode(200).body("status", equalTo("ON_SITE"));
        Callers.asEngineer().contentType(ContentType.JSON)
                .body(Map.of("resolutionCode", "FUSE_REPLACED", "remarks", "DO fuse replaced"))
                .post("/api/v1/complaints/{rn}/resolution", rn)
                .then().statusCode(200).body("status", equalTo("RESOLVED"))
                .body("resolution.withinDueTime", equalTo(true))
                .body("resolution.by", equalTo("JE-1042"))
                .body("resolution.byName", equalTo("Suresh Yadav"))
                .body("resolution.byRole", equalTo("engineer"));
        Callers.asCro().contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/complaints/{rn}/closure", rn)
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        Callers.asAgent().get("/api/v1/complaints/{rn}", rn)
                .then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("name", equalTo("रमेश कुमार"))
                .body("description", equalTo("बिजली नहीं है since 6 pm"))
                .body("phone", equalTo("9876543210"))
                .body("registeredBy", equalTo("AGENT-0042"))
                .body("registeredByName", equalTo("Priya Nair"))
                .body("registeredByRole", equalTo("agent"))
                .body("updatedBy", equalTo("CRO-GGN"))
                .body("updatedByRole", equalTo("cro"));
        Callers.asAgent().get("/api/v1/complaints/{rn}/history", rn)
                .then().statusCode(200).body("", hasSize(5))
                .body("[0].eventType", equalTo("ComplaintRegistered"))
                .body("[0].payload.by", equalTo("AGENT-0042"))
                .body("[4].eventType", equalTo("ComplaintClosed"))
                .body("[1].payload.by", equalTo("CRO-GGN"))
                .body("[1].payload.byName", equalTo("Anita Sharma"))
                .body("[1].payload.byRole", equalTo("cro"))
                .body("[2].payload.by", equalTo("JE-1042"))
                .body("[4].payload.by", equalTo("CRO-GGN"));
    }

    /** The SMS gateway registers complaints sent by SMS with its own service account. */
    @Test
    void aMachineCallerRegistersAComplaintBySms() {
        Map<String, Object> bySms = new HashMap<>(complaint(ApiTestSupport.uniqueConsumer("SMS"), "E1.2"));
        bySms.put("channel", "SMS");
        String rn = Callers.as(Callers.SMS_GATEWAY).contentType(ContentType.JSON).body(bySms)
                .post("/api/v1/complaints")
                .then().statusCode(201).body("channel", equalTo("SMS"))
                .body("registeredBy", equalTo("service-account-sms-gateway"))
                .body("registeredByRole", equalTo("integration"))
                .extract().path("requestNumber");
        Callers.as(Callers.SMS_GATEWAY).get("/api/v1/complaints/{rn}/history", rn)
                .then().statusCode(200).body("[0].payload.by", equalTo("service-account-sms-gateway"))
                .body("[0].payload.byRole", equalTo("integration"));
    }
}
