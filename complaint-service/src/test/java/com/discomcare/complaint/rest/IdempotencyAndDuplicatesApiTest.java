package com.discomcare.complaint.rest;

import com.discomcare.complaint.Callers;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.discomcare.complaint.rest.ApiTestSupport.COMPLAINTS;
import static com.discomcare.complaint.rest.ApiTestSupport.assertNothingStoredFor;
import static com.discomcare.complaint.rest.ApiTestSupport.assertProblem;
import static com.discomcare.complaint.rest.ApiTestSupport.awaitExactlyListed;
import static com.discomcare.complaint.rest.ApiTestSupport.complaintState;
import static com.discomcare.complaint.rest.ApiTestSupport.historySize;
import static com.discomcare.complaint.rest.ApiTestSupport.post;
import static com.discomcare.complaint.rest.ApiTestSupport.step;
import static com.discomcare.complaint.rest.ApiTestSupport.uniqueConsumer;
import static com.discomcare.complaint.rest.ApiTestSupport.with;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Retries with an Idempotency-Key get the first answer; repeat calls land on the open complaint. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class IdempotencyAndDuplicatesApiTest {

    private static Response postWithKey(String key, Map<String, Object> body) {
        return Callers.asAgent().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).when().post(COMPLAINTS);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Idempotency-Key
    // ----------------------------------------------------------------------------------------------------------

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndRegistersOnce() {
        String consumer = uniqueConsumer("ID");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = complaint(consumer, "E1.1");

        Response first = postWithKey(key, body);
        first.then().statusCode(201).body("duplicate", equalTo(false));
        Response second = postWithKey(key, body);
        Response third = postWithKey(key, body);

        assertThat(second.statusCode()).isEqualTo(first.statusCode());
        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(third.statusCode()).isEqualTo(201);
        assertThat(third.asString()).isEqualTo(first.asString());
        assertThat(second.contentType()).startsWith("application/json");

        String rn = first.path("requestNumber");
        // The retries were not counted as repeat calls, nor registered anew.
        assertThat(complaintState(rn)).containsEntry("callCount", 1);
        assertThat(historySize(rn)).isEqualTo(1);
        awaitExactlyListed(consumer, rn);
    }

    @Test
    void theSameKeyWithTheSameContentInAnotherLayoutIsStillTheSameRequest() {
        String consumer = uniqueConsumer("ID");
        String key = UUID.randomUUID().toString();
        String compact = "{\"consumerNumber\":\"" + consumer + "\",\"name\":\"Ramesh\",\"phone\":\"9876543210\","
                + "\"category\":\"E1.3\",\"areaType\":\"RURAL\",\"district\":\"Hisar\",\"address\":\"Village Mirka\","
                + "\"description\":\"Line down\",\"channel\":\"WEB\",\"language\":\"en\"}";
        String reordered = "{ \"language\": \"en\", \"channel\": \"WEB\", \"description\": \"Line down\",\n"
                + "  \"address\": \"Village Mirka\", \"district\": \"Hisar\", \"areaType\": \"RURAL\",\n"
                + "  \"category\": \"E1.3\", \"phone\": \"9876543210\", \"name\": \"Ramesh\", \"consumerNumber\": \""
                + consumer + "\" }";
        Response first = Callers.asAgent().contentType(ContentType.JSON).header("Idempotency-Key", key).body(compact)
                .post(COMPLAINTS);
        first.then().statusCode(201);
        Response second = Callers.asAgent().contentType(ContentType.JSON).header("Idempotency-Key", key).body(reordered)
                .post(COMPLAINTS);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(historySize(first.path("requestNumber"))).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRejected() {
        String consumer = uniqueConsumer("ID");
        String other = uniqueConsumer("ID");
        String key = UUID.randomUUID().toString();
        String rn = postWithKey(key, complaint(consumer, "E1.1")).then().statusCode(201)
                .extract().path("requestNumber");

        assertProblem(postWithKey(key, complaint(other, "E1.1")), 422);
        assertProblem(postWithKey(key, with(complaint(consumer, "E1.1"), "description", "something else")), 422);
        assertProblem(postWithKey(key, complaint(consumer, "E1.2")), 422);

        // Neither the first complaint nor the other consumer got anything.
        assertThat(historySize(rn)).isEqualTo(1);
        assertThat(complaintState(rn)).containsEntry("callCount", 1);
        awaitExactlyListed(consumer, rn);
        assertNothingStoredFor(other);
    }

    /** A key is the caller's: another caller's request with the same key and body is not answered from it. */
    @Test
    void theSameKeyFromAnotherCallerIsRejected() {
        String consumer = uniqueConsumer("ID");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = complaint(consumer, "E1.1");
        String rn = postWithKey(key, body).then().statusCode(201).extract().path("requestNumber");

        assertProblem(Callers.as(Callers.SMS_GATEWAY).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post(COMPLAINTS), 422);
        assertThat(historySize(rn)).isEqualTo(1);
    }

    @Test
    void anInvalidIdempotencyKeyIsRejected() {
        String consumer = uniqueConsumer("ID");
        // The field is named after the Java parameter; "Idempotency-Key" would name it as the client knows it.
        assertProblem(postWithKey("k".repeat(101), complaint(consumer, "E1.1")), 400)
                .body("errors.field", org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.oneOf("idempotencyKey", "Idempotency-Key")));
        assertNothingStoredFor(consumer);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Repeat calls (same consumer, same category, complaint still open)
    // ----------------------------------------------------------------------------------------------------------

    @Test
    void aSecondCallForTheSameOpenComplaintIsCountedOnIt() {
        String consumer = uniqueConsumer("DU");
        String rn = register(complaint(consumer, "E1.1"));

        post(with(complaint(consumer, "E1.1"), "phone", "9812345678")).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("requestNumber", equalTo(rn))
                .body("duplicate", equalTo(true))
                .body("callCount", equalTo(2));
        Callers.asAgent().get(COMPLAINTS + "/{rn}", rn).then().statusCode(200)
                .body("callCount", equalTo(2))
                .body("phone", equalTo("9876543210"));
        Callers.asAgent().get(COMPLAINTS + "/{rn}/history", rn).then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[1].eventType", equalTo("ComplaintRepeated"));
        awaitExactlyListed(consumer, rn);
    }

    @Test
    void anotherCategoryForTheSameConsumerIsANewComplaint() {
        String consumer = uniqueConsumer("DU");
        String supply = register(complaint(consumer, "E1.1"));
        String meter = register(complaint(consumer, "E2.1"));
        assertThat(meter).isNotEqualTo(supply);
        assertThat(complaintState(supply)).containsEntry("callCount", 1);
        awaitExactlyListed(consumer, supply, meter);
    }

    @Test
    void afterResolutionTheSameCategoryIsANewComplaint() {
        String consumer = uniqueConsumer("DU");
        String first = register(complaint(consumer, "E1.1"));
        step(first, "assignment", Map.of("engineerId", "JE-1042", "engineerName", "Suresh Yadav"))
                .then().statusCode(200);
        step(first, "resolution", Map.of("resolutionCode", "SUPPLY_RESTORED", "remarks", "ok"))
                .then().statusCode(200);

        String second = register(complaint(consumer, "E1.1"));
        assertThat(second).isNotEqualTo(first);
        assertThat(historySize(first)).isEqualTo(3);

        // And the new one is now the open complaint that repeat calls land on.
        post(complaint(consumer, "E1.1")).then().statusCode(200)
                .body("requestNumber", equalTo(second)).body("duplicate", equalTo(true));
        awaitExactlyListed(consumer, first, second);
    }

    @Test
    void aComplaintWithoutConsumerNumberIsNeverADuplicate() {
        Map<String, Object> body = ApiTestSupport.without(complaint("unused", "E1.1"), "consumerNumber");
        String first = post(body).then().statusCode(201).extract().path("requestNumber");
        String second = post(body).then().statusCode(201).extract().path("requestNumber");
        assertThat(second).isNotEqualTo(first);
    }

    /**
     * Eight callers register the same consumer's complaint at once: one registers it (201), the others are its repeat
     * calls (200), none fails and every call is counted. The losers of the race hit the complaint_key unique index
     * and are retried once as repeat calls; those repeat calls, like any concurrent steps on one complaint (the
     * eight reassignments at the end), are serialised until their transaction commits by
     * {@code ComplaintKeys.lockComplaint}, because Axon's own aggregate lock is released before the JTA transaction
     * commits. Without that lock a step would append at a sequence number just taken and fail with 500.
     */
    @Test
    void concurrentDuplicatesRegisterOneComplaint() throws Exception {
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            // A few rounds, because a lost race does not happen every time.
            for (int round = 1; round <= 5; round++) {
                String consumer = uniqueConsumer("CC");
                Map<String, Object> body = complaint(consumer, "E1.5");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> calls = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    Callable<Response> call = () -> {
                        start.await();
                        return post(body);
                    };
                    calls.add(pool.submit(call));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                List<String> numbers = new ArrayList<>();
                List<String> bodies = new ArrayList<>();
                for (Future<Response> call : calls) {
                    Response response = call.get(60, TimeUnit.SECONDS);
                    statuses.add(response.statusCode());
                    bodies.add(response.statusCode() + " " + response.asString());
                    if (response.statusCode() < 300) {
                        numbers.add(response.path("requestNumber"));
                    }
                }
                String context = "round " + round + ", answers: " + bodies;
                assertThat(statuses).as(context).containsOnly(200, 201);
                assertThat(statuses).as(context).filteredOn(s -> s == 201).hasSize(1);
                assertThat(statuses).as(context).filteredOn(s -> s == 200).hasSize(callers - 1);
                assertThat(numbers).as(context).doesNotContainNull().containsOnly(numbers.get(0));

                String rn = numbers.get(0);
                // Every call was counted: one registration and seven repeat calls.
                assertThat(complaintState(rn)).as(context).containsEntry("callCount", callers);
                assertThat(historySize(rn)).as(context).isEqualTo(callers);
                awaitExactlyListed(consumer, rn);
            }

            // The same race between steps: eight reassignments at once all succeed, one after the other.
            String rn = register(complaint(uniqueConsumer("CC"), "E1.5"));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Map<String, Object> assign = Map.of("engineerId", "JE-" + i, "engineerName", "Engineer " + i);
                calls.add(pool.submit(() -> {
                    start.await();
                    return step(rn, "assignment", assign);
                }));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<Response> call : calls) {
                Response response = call.get(60, TimeUnit.SECONDS);
                answers.add(response.statusCode() + " " + response.asString());
            }
            assertThat(answers).as("concurrent reassignments").allMatch(a -> a.startsWith("200 "));
            assertThat(historySize(rn)).isEqualTo(1 + callers);
        } finally {
            pool.shutdownNow();
        }
    }
}
