package com.discomcare.escalation.rest;

import com.discomcare.escalation.it.ComplaintEventsPublisher;
import com.discomcare.escalation.it.Staff;
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
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Over a thousand malformed and hostile requests, generated from a fixed seed, across every endpoint of the
 * escalation service: none may fail on our side (5xx), every refusal is a problem document, and nothing changes
 * (neither the event store nor the roster). The requests carry an admin's token, who may call every endpoint, so
 * that they reach the input rules; those that break the Authorization header, and requests without a token or with
 * one that does not verify, are refused with 401. To run with another seed: {@code -Dhostile.seed=N}.
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
                .until(() -> Staff.ADMIN.request().get("/api/v1/escalations/{rn}", probe).statusCode() == 200);
        Snapshot before = snapshot(probe);

        List<String> failures = HostileRequests.wrongAnswers(SEED, REQUESTS, RestAssured.port, endpoints(probe));
        assertThat(failures).as("seed %d: %d of %d requests were answered wrongly, e.g. %s", SEED, failures.size(),
                REQUESTS, failures.stream().limit(15).toList()).isEmpty();
        unsignedOrBadlySignedRequestsAreRefused(probe);
        assertNothingChanged(before, probe);
    }

    private static final Map<String, Object> OFFICER = Map.of("id", "HOSTILE-1", "name", "Never Stored",
            "phone", "9810099999", "circle", "Gurugram Circle");
    private static final Map<String, Object> HEAD = Map.of("id", "HOSTILE-2", "name", "Never Stored",
            "phone", "9810099998");

    private static List<Endpoint> endpoints(String probe) {
        Map<String, String> admin = Map.of("Authorization", "Bearer " + Staff.ADMIN.token());
        return List.of(
                read("/api/v1/escalations/{rn}", Map.of("rn", probe), Map.of(), admin),
                read("/api/v1/escalations", Map.of(), Map.of("district", "Gurugram", "tier", "1",
                        "overdue", "false", "page", "0", "size", "20"), admin),
                read("/api/v1/officers", Map.of(), Map.of("district", "Gurugram"), admin),
                Endpoint.write("PUT", "/api/v1/officers/districts/{district}/{role}",
                        Map.of("district", "Gurugram", "role", "csm"), admin, new LinkedHashMap<>(OFFICER), Set.of()),
                Endpoint.write("PUT", "/api/v1/officers/circles/{circle}/head",
                        Map.of("circle", "Gurugram%20Circle"), admin, new LinkedHashMap<>(HEAD), Set.of()));
    }

    private static Endpoint read(String path, Map<String, String> pathParameters, Map<String, String> query,
                                 Map<String, String> headers) {
        return new Endpoint("GET", path, pathParameters, query, headers, null, Set.of(), false);
    }

    /** Every endpoint, with a valid request but no token or one that does not verify: 401, as a problem document. */
    private static void unsignedOrBadlySignedRequestsAreRefused(String probe) {
        Map<String, Function<RequestSpecification, Response>> calls = new LinkedHashMap<>();
        calls.put("GET a case", request -> request.get("/api/v1/escalations/{rn}", probe));
        calls.put("GET the board", request -> request.queryParam("district", "Gurugram").get("/api/v1/escalations"));
        calls.put("GET the roster", request -> request.get("/api/v1/officers"));
        calls.put("PUT a CSM", request -> request.contentType(ContentType.JSON).body(OFFICER)
                .put("/api/v1/officers/districts/{district}/csm", "Gurugram"));
        calls.put("PUT a circle head", request -> request.contentType(ContentType.JSON).body(HEAD)
                .put("/api/v1/officers/circles/{circle}/head", "Gurugram Circle"));
        Map<String, String> authorizations = new LinkedHashMap<>();
        authorizations.put("no token", null);
        authorizations.put("not a JWT", "Bearer not-a-token");
        authorizations.put("expired", "Bearer " + Staff.ADMIN.caller().expiredSince(Duration.ofMinutes(5)).token());
        authorizations.put("from another issuer", "Bearer " + Staff.ADMIN.caller()
                .issuedBy("https://elsewhere.invalid/realms/discom-care").token());
        authorizations.put("forged", "Bearer " + Staff.ADMIN.caller().signedWithAnotherKey().token());
        authorizations.put("another scheme", "Basic YWRtaW46YWRtaW4=");

        List<String> failures = new ArrayList<>();
        calls.forEach((call, send) -> authorizations.forEach((what, authorization) -> {
            RequestSpecification request = given();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            Response response = send.apply(request);
            boolean refused = response.statusCode() == 401
                    && response.contentType().startsWith("application/problem+json")
                    && response.jsonPath().getInt("status") == 401
                    && "Bearer".equals(response.header("WWW-Authenticate"));
            if (!refused) {
                failures.add(call + " with " + what + " -> " + response.statusCode() + " " + response.asString());
            }
        }));
        assertThat(failures).as("requests without a valid token that were not refused with 401").isEmpty();
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
        return Staff.ADMIN.request().get("/api/v1/escalations/{rn}", probe).then().statusCode(200).extract().asString();
    }

    private static String roster() {
        return Staff.ADMIN.request().get("/api/v1/officers").then().statusCode(200).extract().asString();
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
