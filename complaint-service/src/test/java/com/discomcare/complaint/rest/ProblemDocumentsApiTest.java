package com.discomcare.complaint.rest;

import com.discomcare.complaint.domain.RequestNumbers;
import com.discomcare.complaint.Callers;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.discomcare.complaint.rest.ApiTestSupport.COMPLAINTS;
import static com.discomcare.complaint.rest.ApiTestSupport.assertProblem;
import static com.discomcare.complaint.rest.ApiTestSupport.step;
import static com.discomcare.complaint.rest.ApiTestSupport.uniqueConsumer;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The exact problem documents that service-kit's ProblemMapper makes of complaint-service's exceptions and of
 * Axon's, with the aggregate named as application.properties names it.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ProblemDocumentsApiTest {

    @Test
    void anUnknownComplaintIsNotFoundWhetherReadOrStepped() {
        String unknown = RequestNumbers.format(97, 123_456_789L);
        String detail = "no complaint with request number " + unknown;
        // ComplaintNotFoundException (a read) and Axon's AggregateNotFoundException (a step) answer alike.
        notFound(Callers.asAgent().get(COMPLAINTS + "/{rn}", unknown), detail)
                .body("instance", equalTo(COMPLAINTS + "/" + unknown));
        notFound(step(unknown, "assignment", Map.of("engineerId", "JE-1", "engineerName", "Suresh")),
                detail).body("instance", equalTo(COMPLAINTS + "/" + unknown + "/assignment"));
    }

    @Test
    void aStepNotAllowedNowIsAConflictNamingTheState() {
        String rn = register(complaint(uniqueConsumer("PD"), "E1.2"));
        assertProblem(step(rn, "closure", Map.of()), 409)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Step not allowed now"))
                .body("detail", equalTo("cannot close a complaint that is REGISTERED: "
                        + "only a resolved complaint can be closed"))
                .body("currentState", equalTo("REGISTERED"))
                .body("errors", nullValue());
    }

    @Test
    void aReusedIdempotencyKeyIsUnprocessable() {
        String key = UUID.randomUUID().toString();
        postWithKey(key, complaint(uniqueConsumer("PD"), "E1.1")).then().statusCode(201);
        assertProblem(postWithKey(key, complaint(uniqueConsumer("PD"), "E1.1")), 422)
                .body("title", equalTo("Idempotency-Key reused"))
                .body("detail", equalTo("Idempotency-Key '" + key + "' was already used for a different request"))
                .body("currentState", nullValue())
                .body("instance", equalTo(COMPLAINTS));
    }

    private static ValidatableResponse notFound(Response response, String detail) {
        return assertProblem(response, 404)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo(detail))
                .body("currentState", nullValue())
                .body("errors", nullValue());
    }

    private static Response postWithKey(String key, Map<String, Object> body) {
        return Callers.asAgent().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(COMPLAINTS);
    }
}
