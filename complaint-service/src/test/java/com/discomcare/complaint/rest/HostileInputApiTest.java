package com.discomcare.complaint.rest;

import com.discomcare.complaint.Callers;
import com.discomcare.kit.security.Roles;
import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.hostile.HostileRequests;
import com.discomcare.localstack.hostile.HostileRequests.Endpoint;
import com.discomcare.localstack.tokens.TestTokens;
import com.discomcare.kit.deadletter.DeadLetters;
import com.discomcare.kit.processing.ProcessorMonitor;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
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
    private static final String AUTHORIZATION = "Authorization";

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
        Callers.asCro().contentType("application/json").body(Map.of("engineerId", "JE-1042", "engineerName", "Suresh"))
                .post(COMPLAINTS + "/{rn}/assignment", probe).then().statusCode(200);
        Snapshot before = snapshot(probe);

        List<String> failures = HostileRequests.wrongAnswers(SEED, REQUESTS, RestAssured.port, endpoints(probe));
        assertThat(failures).as("seed %d: %d of %d requests were answered wrongly, e.g. %s", SEED, failures.size(),
                REQUESTS, failures.stream().limit(15).toList()).isEmpty();
        assertNothingChanged(before, probe);
    }

    /**
     * Without a token, with one that does not verify, or with one of a role that may not call the endpoint, a
     * valid request is refused (401, 403) as a problem document, and changes nothing.
     */
    @Test
    void requestsWithoutAFittingTokenAreRefusedWithProblemDocumentsAndChangeNothing() {
        String probe = register(complaint(uniqueConsumer("HOSTILE"), "E1.2"));
        Callers.asCro().contentType("application/json").body(Map.of("engineerId", "JE-1042", "engineerName", "Suresh"))
                .post(COMPLAINTS + "/{rn}/assignment", probe).then().statusCode(200);
        Snapshot before = snapshot(probe);

        String expired = TestTokens.as("AGENT-0042").roles(Roles.AGENT).expiredSince(Duration.ofMinutes(5)).token();
        String forged = TestTokens.as("AGENT-0042").roles(Roles.AGENT).signedWithAnotherKey().token();
        String otherIssuer = TestTokens.as("AGENT-0042").roles(Roles.AGENT)
                .issuedBy("https://elsewhere.invalid/realms/discom-care").token();
        List<String> badAuthorizations = List.of("", "Bearer", "Bearer ", "Bearer not-a-token", "Basic YWdlbnQ6YWdlbnQ=",
                "Bearer " + expired, "Bearer " + forged, "Bearer " + otherIssuer,
                "Bearer " + Callers.AGENT.substring(0, Callers.AGENT.length() - 4) + "AAAA");
        // A valid token of a role the endpoint does not name: integration may not assign, an agent may not pause.
        Map<String, String> wrongRole = Map.of("assignment", Callers.SMS_GATEWAY, "pause", Callers.AGENT,
                "closure", Callers.ENGINEER, "resolution", Callers.CRO_GURUGRAM);
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints(probe)) {
            for (String authorization : badAuthorizations) {
                Response answer = send(endpoint, authorization);
                if (answer.statusCode() != 401 || !answer.contentType().startsWith("application/problem+json")
                        || answer.jsonPath().getInt("status") != 401) {
                    failures.add(endpoint + " with '" + abbreviated(authorization) + "': " + answer.statusCode() + " "
                            + answer.asString());
                }
            }
        }
        wrongRole.forEach((step, token) -> {
            Response answer = Callers.as(token).contentType("application/json")
                    .body(validBodies().get(step)).post(COMPLAINTS + "/{rn}/" + step, probe);
            if (answer.statusCode() != 403 || !answer.contentType().startsWith("application/problem+json")) {
                failures.add(step + " as the wrong role: " + answer.statusCode() + " " + answer.asString());
            }
        });
        assertThat(failures).isEmpty();
        assertNothingChanged(before, probe);
    }

    /** The endpoint's valid request, with {@code authorization} instead of its token ("": no such header). */
    private static Response send(Endpoint endpoint, String authorization) {
        RequestSpecification request = given().urlEncodingEnabled(false).pathParams(endpoint.pathParameters())
                .queryParams(endpoint.query());
        endpoint.headers().forEach((name, value) -> {
            if (!name.equals(AUTHORIZATION)) {
                request.header(name, value);
            }
        });
        if (!authorization.isEmpty()) {
            request.header(AUTHORIZATION, authorization);
        }
        if (endpoint.changesState()) {
            request.contentType("application/json").body(endpoint.body() == null ? Map.of() : endpoint.body());
        }
        return request.request(endpoint.method(), endpoint.path());
    }

    private static String abbreviated(String authorization) {
        return authorization.length() > 30 ? authorization.substring(0, 30) + "..." : authorization;
    }

    /**
     * Every endpoint with a valid request and the token of a caller who may send it (the probe is a Gurugram
     * complaint assigned to JE-1042), so that each hostile request gets past sign-in to the checks it tests.
     */
    private static List<Endpoint> endpoints(String probe) {
        Map<String, String> rn = Map.of("rn", probe);
        Map<String, Object> registration = new LinkedHashMap<>(complaint(uniqueConsumer("HOSTILE"), "E1.1"));
        Map<String, String> agent = Map.of(AUTHORIZATION, "Bearer " + Callers.AGENT);
        List<Endpoint> endpoints = new ArrayList<>(List.of(
                Endpoint.write("POST", COMPLAINTS, Map.of(), Map.of("X-Correlation-Id", "hostile-test",
                        "Idempotency-Key", "hostile-registration", AUTHORIZATION, "Bearer " + Callers.AGENT),
                        registration, Set.of("areaType", "channel", "language")),
                read(COMPLAINTS + "/{rn}", rn, Map.of(), agent),
                read(COMPLAINTS + "/{rn}/history", rn, Map.of(), agent),
                read(COMPLAINTS, Map.of(), Map.of("status", "ASSIGNED", "district", "Gurugram",
                        "consumerNumber", "HOSTILE-1", "phone", "9876543210", "page", "0", "size", "20"), agent),
                read("/api/v1/complaint-policy/due-time", Map.of(), Map.of("category", "E1.1",
                        "areaType", "URBAN", "from", "2026-11-23T19:00:00%2B05:30"), agent),
                read("/api/v1/complaint-policy/categories", Map.of(), Map.of(), agent)));
        Map<String, Set<String>> enumFields = Map.of("resolution", Set.of("resolutionCode"), "pause", Set.of("reason"));
        // The generator breaks a body by its fields; resume's body, {}, has none, so it is tried without one.
        validBodies().forEach((step, body) -> endpoints.add(Endpoint.write("POST", COMPLAINTS + "/{rn}/" + step, rn,
                Map.of("X-Correlation-Id", "hostile-test", "If-Match", "*",
                        AUTHORIZATION, "Bearer " + Callers.forStep(step)),
                body.isEmpty() ? null : new LinkedHashMap<>(body), enumFields.getOrDefault(step, Set.of()))));
        return endpoints;
    }

    private static Map<String, Map<String, Object>> validBodies() {
        Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
        bodies.put("assignment", Map.of("engineerId", "JE-1042", "engineerName", "Suresh Yadav",
                "engineerPhone", "9812345678"));
        bodies.put("site-visit", Map.of("remarks", "Reached"));
        bodies.put("resolution", Map.of("resolutionCode", "FUSE_REPLACED", "remarks", "Done"));
        bodies.put("closure", Map.of("remarks", "Confirmed"));
        bodies.put("reopening", Map.of("reason", "Failed again"));
        bodies.put("feedback", Map.of("rating", 4, "comment", "Good"));
        bodies.put("pause", Map.of("reason", "CONSUMER_NOT_AVAILABLE", "remarks", "Locked"));
        bodies.put("resume", Map.of());
        return bodies;
    }

    private static Endpoint read(String path, Map<String, String> pathParameters, Map<String, String> query,
                                 Map<String, String> headers) {
        return new Endpoint("GET", path, pathParameters, query, headers, null, Set.of(), false);
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
        return Callers.asAgent().get(COMPLAINTS + "/{rn}/history", probe).then().statusCode(200).extract().asString();
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
