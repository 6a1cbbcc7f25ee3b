package com.discomcare.complaint.rest;

import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.hostile.HostileRequests;
import com.discomcare.localstack.hostile.HostileRequests.Endpoint;
import com.discomcare.kit.deadletter.DeadLetters;
import com.discomcare.kit.processing.ProcessorMonitor;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static com.discomcare.complaint.rest.ApiTestSupport.COMPLAINTS;
import static com.discomcare.complaint.rest.ApiTestSupport.uniqueConsumer;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Over a thousand malformed and hostile requests, generated from a fixed seed, across every endpoint: none may
 * fail on our side (5xx), every refusal is a problem document, and nothing changes. To repeat a failing run with
 * another seed: {@code -Dhostile.seed=N}.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class HostileInputApiTest {

    private static final long SEED = Long.getLong("hostile.seed", 7_2026_12_03L);
    private static final int REQUESTS = 1_200;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ProcessorMonitor processors;

    @Inject
    DeadLetters deadLetters;

    /** What must be the same after the hostile requests as before. */
    private record Snapshot(long storedEvents, String probeHistory, int deadLetters) {
    }

    @Test
    void hostileRequestsAreRefusedWithProblemDocumentsAndChangeNothing() {
        String probe = register(complaint(uniqueConsumer("HOSTILE"), "E1.2"));
        given().contentType("application/json").body(Map.of("engineerId", "JE-1042", "engineerName", "Suresh",
                "by", "CRO-GGN-1")).post(COMPLAINTS + "/{rn}/assignment", probe).then().statusCode(200);
        Snapshot before = snapshot(probe);

        List<String> failures = HostileRequests.wrongAnswers(SEED, REQUESTS, RestAssured.port, endpoints(probe));
        assertThat(failures).as("seed %d: %d of %d requests were answered wrongly, e.g. %s", SEED, failures.size(),
                REQUESTS, failures.stream().limit(15).toList()).isEmpty();
        assertNothingChanged(before, probe);
    }

    private static List<Endpoint> endpoints(String probe) {
        Map<String, String> rn = Map.of("rn", probe);
        Map<String, String> stepHeaders = Map.of("X-Correlation-Id", "hostile-test", "If-Match", "*");
        Map<String, Object> registration = new LinkedHashMap<>(complaint(uniqueConsumer("HOSTILE"), "E1.1"));
        return List.of(
                Endpoint.write("POST", COMPLAINTS, Map.of(), Map.of("X-Correlation-Id", "hostile-test",
                        "Idempotency-Key", "hostile-registration"), registration,
                        Set.of("areaType", "channel", "language")),
                Endpoint.read(COMPLAINTS + "/{rn}", rn, Map.of()),
                Endpoint.read(COMPLAINTS + "/{rn}/history", rn, Map.of()),
                Endpoint.read(COMPLAINTS, Map.of(), Map.of("status", "ASSIGNED", "district", "Gurugram",
                        "consumerNumber", "HOSTILE-1", "phone", "9876543210", "page", "0", "size", "20")),
                Endpoint.read("/api/v1/complaint-policy/due-time", Map.of(), Map.of("category", "E1.1",
                        "areaType", "URBAN", "from", "2026-11-23T19:00:00%2B05:30")),
                Endpoint.read("/api/v1/complaint-policy/categories", Map.of(), Map.of()),
                step("assignment", rn, stepHeaders, Map.of("engineerId", "JE-1042", "engineerName", "Suresh Yadav",
                        "engineerPhone", "9812345678", "by", "CRO-GGN-1"), Set.of()),
                step("site-visit", rn, stepHeaders, Map.of("remarks", "Reached", "by", "JE-1042"), Set.of()),
                step("resolution", rn, stepHeaders, Map.of("resolutionCode", "FUSE_REPLACED", "remarks", "Done",
                        "by", "JE-1042"), Set.of("resolutionCode")),
                step("closure", rn, stepHeaders, Map.of("remarks", "Confirmed", "by", "CRO-GGN-1"), Set.of()),
                step("reopening", rn, stepHeaders, Map.of("reason", "Failed again", "by", "AGENT-0042"), Set.of()),
                step("feedback", rn, stepHeaders, Map.of("rating", 4, "comment", "Good", "by", "AGENT-0042"),
                        Set.of()),
                step("pause", rn, stepHeaders, Map.of("reason", "CONSUMER_NOT_AVAILABLE", "remarks", "Locked",
                        "by", "JE-1042"), Set.of("reason")),
                step("resume", rn, stepHeaders, Map.of("by", "JE-1042"), Set.of()));
    }

    private static Endpoint step(String step, Map<String, String> rn, Map<String, String> headers,
                                 Map<String, Object> body, Set<String> enumFields) {
        return Endpoint.write("POST", COMPLAINTS + "/{rn}/" + step, rn, headers, new LinkedHashMap<>(body),
                enumFields);
    }

    /** Waits until no event has been stored for a while (other tests' work settles), then records the state. */
    private Snapshot snapshot(String probe) {
        AtomicLong previous = new AtomicLong(-1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    long now = storedEvents();
                    return now == previous.getAndSet(now);
                });
        return new Snapshot(previous.get(), probeHistory(probe), deadLetters.list().size());
    }

    /** Every check that the hostile requests left no trace belongs here. */
    private void assertNothingChanged(Snapshot before, String probe) {
        // Every processor current again (lag 0, none stuck), health UP, and no new dead letter.
        await().atMost(Duration.ofSeconds(30)).until(processors::allCaughtUp);
        given().get("/q/health").then().statusCode(200);
        assertThat(new Snapshot(storedEvents(), probeHistory(probe), deadLetters.list().size())).isEqualTo(before);
    }

    private static String probeHistory(String probe) {
        return given().get(COMPLAINTS + "/{rn}/history", probe).then().statusCode(200).extract().asString();
    }

    private long storedEvents() {
        try (Connection connection = dataSource.getConnection();
             ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM domainevententry")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
