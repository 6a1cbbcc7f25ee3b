package com.discomcare.escalation.rest;

import com.discomcare.escalation.it.ComplaintEventsPublisher;
import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.hostile.HostileRequests;
import com.discomcare.localstack.hostile.HostileRequests.Endpoint;
import com.discomcare.kit.deadletter.DeadLetters;
import com.discomcare.kit.processing.ProcessorMonitor;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Over a thousand malformed and hostile requests, generated from a fixed seed, across every endpoint of the
 * escalation service: none may fail on our side (5xx), every refusal is a problem document, and nothing changes
 * (neither the event store nor the roster). To run with another seed: {@code -Dhostile.seed=N}.
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @ResourceArg(name = "database", value = "escalations"))
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
    private record Snapshot(long storedEvents, String probeCase, String roster, int deadLetters) {
    }

    @Test
    void hostileRequestsAreRefusedWithProblemDocumentsAndChangeNothing() {
        String probe = ComplaintEventsPublisher.newRequestNumber();
        try (var complaints = new ComplaintEventsPublisher(TestStack.kafka().bootstrapServers())) {
            // Due tomorrow: no tier falls due while the test runs.
            complaints.publish(ComplaintEventsPublisher.registered(probe, "Gurugram",
                    Instant.now().plus(Duration.ofDays(1))), 0);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/api/v1/escalations/{rn}", probe).statusCode() == 200);
        Snapshot before = snapshot(probe);

        List<String> failures = HostileRequests.wrongAnswers(SEED, REQUESTS, RestAssured.port, endpoints(probe));
        assertThat(failures).as("seed %d: %d of %d requests were answered wrongly, e.g. %s", SEED, failures.size(),
                REQUESTS, failures.stream().limit(15).toList()).isEmpty();
        assertNothingChanged(before, probe);
    }

    private static List<Endpoint> endpoints(String probe) {
        Map<String, Object> officer = new LinkedHashMap<>(Map.of("id", "HOSTILE-1", "name", "Never Stored",
                "phone", "9810099999", "circle", "Gurugram Circle"));
        Map<String, Object> head = new LinkedHashMap<>(Map.of("id", "HOSTILE-2", "name", "Never Stored",
                "phone", "9810099998"));
        return List.of(
                Endpoint.read("/api/v1/escalations/{rn}", Map.of("rn", probe), Map.of()),
                Endpoint.read("/api/v1/escalations", Map.of(), Map.of("district", "Gurugram", "tier", "1",
                        "overdue", "false", "page", "0", "size", "20")),
                Endpoint.read("/api/v1/officers", Map.of(), Map.of("district", "Gurugram")),
                Endpoint.write("PUT", "/api/v1/officers/districts/{district}/{role}",
                        Map.of("district", "Gurugram", "role", "csm"), Map.of(), officer, Set.of()),
                Endpoint.write("PUT", "/api/v1/officers/circles/{circle}/head",
                        Map.of("circle", "Gurugram%20Circle"), Map.of(), head, Set.of()));
    }

    /** Waits until no event has been stored for a while (other tests' timers settle), then records the state. */
    private Snapshot snapshot(String probe) {
        AtomicLong previous = new AtomicLong(-1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    long now = storedEvents();
                    return now == previous.getAndSet(now);
                });
        return new Snapshot(previous.get(), probeCase(probe), roster(), deadLetters.list().size());
    }

    /** Every check that the hostile requests left no trace belongs here. */
    private void assertNothingChanged(Snapshot before, String probe) {
        // Every processor current again (lag 0, none stuck), health UP, and no new dead letter.
        await().atMost(Duration.ofSeconds(30)).until(processors::allCaughtUp);
        given().get("/q/health").then().statusCode(200);
        assertThat(new Snapshot(storedEvents(), probeCase(probe), roster(), deadLetters.list().size()))
                .isEqualTo(before);
    }

    private static String probeCase(String probe) {
        return given().get("/api/v1/escalations/{rn}", probe).then().statusCode(200).extract().asString();
    }

    private static String roster() {
        return given().get("/api/v1/officers").then().statusCode(200).extract().asString();
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
