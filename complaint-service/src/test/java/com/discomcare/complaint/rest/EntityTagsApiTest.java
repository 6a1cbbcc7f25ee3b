package com.discomcare.complaint.rest;

import com.discomcare.complaint.Callers;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.discomcare.complaint.rest.ApiTestSupport.COMPLAINTS;
import static com.discomcare.complaint.rest.ApiTestSupport.assertInvalid;
import static com.discomcare.complaint.rest.ApiTestSupport.assertProblem;
import static com.discomcare.complaint.rest.ApiTestSupport.complaintState;
import static com.discomcare.complaint.rest.ApiTestSupport.historySize;
import static com.discomcare.complaint.rest.ApiTestSupport.post;
import static com.discomcare.complaint.rest.ApiTestSupport.uniqueConsumer;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The complaint's version as its ETag, and If-Match on every step so that a stale screen cannot overwrite. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class EntityTagsApiTest {

    private static final Map<String, Object> ASSIGN = Map.of("engineerId", "JE-1042", "engineerName", "Suresh Yadav");
    private static final Map<String, Object> PAUSE = Map.of("reason", "CONSUMER_NOT_AVAILABLE");

    @Test
    void registrationReadAndEveryStepAnswerWithTheVersionAsETag() {
        Response registered = post(complaint(uniqueConsumer("ETAG"), "E1.2"));
        registered.then().statusCode(201).header("ETag", "\"0\"");
        String rn = registered.path("requestNumber");
        Callers.asAgent().get(COMPLAINTS + "/{rn}", rn).then().statusCode(200).header("ETag", "\"0\"");

        String etag = "\"0\"";
        String[] steps = {"assignment", "pause", "resume", "site-visit", "resolution", "closure", "feedback",
                "reopening"};
        Map<String, Map<String, Object>> bodies = Map.of(
                "assignment", ASSIGN, "pause", PAUSE, "resume", Map.of(),
                "site-visit", Map.of(),
                "resolution", Map.of("resolutionCode", "FUSE_REPLACED", "remarks", "done"),
                "closure", Map.of(), "feedback", Map.of("rating", 5),
                "reopening", Map.of("reason", "failed again"));
        long version = 0;
        for (String step : steps) {
            Response answer = withIfMatch(rn, step, etag, bodies.get(step));
            version++;
            answer.then().statusCode(200).header("ETag", "\"" + version + "\"").body("version", equalTo((int) version));
            etag = answer.header("ETag");
        }
        Callers.asAgent().get(COMPLAINTS + "/{rn}", rn).then().header("ETag", etag);
    }

    @Test
    void aStepWithAStaleIfMatchIsAPreconditionFailureAndChangesNothing() {
        String rn = post(complaint(uniqueConsumer("ETAG"), "E1.2")).path("requestNumber");
        withIfMatch(rn, "assignment", "\"0\"", ASSIGN).then().statusCode(200).header("ETag", "\"1\"");
        Map<String, Object> before = complaintState(rn);

        Response stale = withIfMatch(rn, "pause", "\"0\"", PAUSE);
        assertProblem(stale, 412).header("ETag", "\"1\"").body("title", equalTo("Precondition failed"));
        assertProblem(withIfMatch(rn, "pause", "W/\"1\"", PAUSE), 412);
        assertProblem(withIfMatch(rn, "pause", "\"0\", \"7\"", PAUSE), 412);
        assertThat(historySize(rn)).isEqualTo(2);
        assertThat(complaintState(rn)).isEqualTo(before);

        withIfMatch(rn, "pause", "\"7\", \"1\"", PAUSE).then().statusCode(200).header("ETag", "\"2\"");
        withIfMatch(rn, "resume", "*", Map.of()).then().statusCode(200).header("ETag", "\"3\"");
    }

    @Test
    void aMalformedIfMatchIsInvalidAndChangesNothing() {
        String rn = post(complaint(uniqueConsumer("ETAG"), "E1.2")).path("requestNumber");
        for (String malformed : new String[]{"0", "\"0", "W/0", "'0'", "*, \"0\"", "\"0\" \"1\"", "\"a\"b\""}) {
            assertInvalid(withIfMatch(rn, "assignment", malformed, ASSIGN), "If-Match");
        }
        assertThat(historySize(rn)).isEqualTo(1);
    }

    @Test
    void aStepWithoutIfMatchIsTakenAsBefore() {
        String rn = post(complaint(uniqueConsumer("ETAG"), "E1.2")).path("requestNumber");
        Callers.asCro().contentType(ContentType.JSON).body(ASSIGN).post(COMPLAINTS + "/{rn}/assignment", rn)
                .then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void aStaleIfMatchOnAStepThatIsNotAllowedIsStillAPreconditionFailure() {
        String rn = post(complaint(uniqueConsumer("ETAG"), "E1.2")).path("requestNumber");
        assertProblem(withIfMatch(rn, "closure", "\"5\"", Map.of()), 412).header("ETag", "\"0\"");
    }

    private static Response withIfMatch(String rn, String step, String ifMatch, Map<String, Object> body) {
        return Callers.as(Callers.forStep(step)).contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .post(COMPLAINTS + "/{rn}/" + step, rn);
    }
}
