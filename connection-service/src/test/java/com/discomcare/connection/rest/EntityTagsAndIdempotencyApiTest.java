package com.discomcare.connection.rest;

import com.discomcare.connection.Callers;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.discomcare.connection.rest.ApiTestSupport.APPLICATIONS;
import static com.discomcare.connection.rest.ApiTestSupport.application;
import static com.discomcare.connection.rest.ApiTestSupport.assertInvalid;
import static com.discomcare.connection.rest.ApiTestSupport.assertProblem;
import static com.discomcare.connection.rest.ApiTestSupport.register;
import static com.discomcare.connection.rest.ApiTestSupport.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Optimistic steps with ETag and If-Match, and retries made safe with Idempotency-Key. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @ResourceArg(name = "database", value = "connections"))
class EntityTagsAndIdempotencyApiTest {

    @Test
    void aStepWithAStaleIfMatchIs412AndChangesNothing() {
        String n = register(application());
        String etag = Callers.as(Callers.AGENT).get(APPLICATIONS + "/{n}", n).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).extract().header("ETag");
        Callers.as(Callers.CRO_GURUGRAM).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of())
                .post(APPLICATIONS + "/{n}/documents-verification", n)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        assertProblem(Callers.as(Callers.CRO_GURUGRAM).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("reason", "duplicate")).post(APPLICATIONS + "/{n}/rejection", n), 412);
        assertInvalid(Callers.as(Callers.CRO_GURUGRAM).contentType(ContentType.JSON).header("If-Match", "3")
                .body(Map.of("reason", "duplicate")).post(APPLICATIONS + "/{n}/rejection", n), "If-Match");
        assertThat(ApiTestSupport.state(n)).containsEntry("status", "DOCUMENTS_VERIFIED");
    }

    @Test
    void theSameIdempotencyKeyGetsTheFirstAnswerAndAnotherBodyWithItIs422() {
        String key = UUID.randomUUID().toString();
        String first = Callers.as(Callers.AGENT).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(application()).post(APPLICATIONS).then().statusCode(201).extract().path("applicationNumber");
        Callers.as(Callers.AGENT).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(application()).post(APPLICATIONS)
                .then().statusCode(201).body("applicationNumber", equalTo(first));
        assertProblem(Callers.as(Callers.AGENT).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(with(application(), "load", 7)).post(APPLICATIONS), 422);
        assertProblem(Callers.as(Callers.CRO_GURUGRAM).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(application()).post(APPLICATIONS), 422);
    }
}
