package com.discomcare.connection.rest;

import com.discomcare.connection.Callers;
import com.discomcare.kit.processing.ProcessorMonitor;
import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.hostile.HostileRequests;
import com.discomcare.localstack.hostile.HostileRequests.Endpoint;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static com.discomcare.connection.rest.ApiTestSupport.APPLICATIONS;
import static com.discomcare.connection.rest.ApiTestSupport.application;
import static com.discomcare.connection.rest.ApiTestSupport.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A thousand malformed and hostile requests from a fixed seed across the endpoints with flat bodies and the reads:
 * none may fail on our side (5xx), every refusal is a problem document, and nothing changes. Another seed:
 * {@code -Dhostile.seed=N}.
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @ResourceArg(name = "database", value = "connections"))
class HostileInputApiTest {

    private static final long SEED = Long.getLong("hostile.seed", 9_2026_12_03L);
    private static final int REQUESTS = 1_000;
    private static final String AUTHORIZATION = "Authorization";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ProcessorMonitor processors;

    @Test
    void hostileRequestsAreRefusedWithProblemDocumentsAndChangeNothing() {
        String probe = register(application());
        long eventsBefore = settledEventCount();
        String historyBefore = history(probe);

        List<String> failures = HostileRequests.wrongAnswers(SEED, REQUESTS, RestAssured.port, endpoints(probe));
        assertThat(failures).as("seed %d: %d of %d requests were answered wrongly, e.g. %s", SEED, failures.size(),
                REQUESTS, failures.stream().limit(15).toList()).isEmpty();

        await().atMost(Duration.ofSeconds(30)).until(processors::allCaughtUp);
        given().get("/q/health").then().statusCode(200);
        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(history(probe)).isEqualTo(historyBefore);
    }

    /** Each endpoint with a valid request by a caller who may send it, so each hostile one gets past sign-in. */
    private static List<Endpoint> endpoints(String probe) {
        Map<String, String> n = Map.of("n", probe);
        Map<String, String> agent = Map.of(AUTHORIZATION, "Bearer " + Callers.AGENT);
        List<Endpoint> endpoints = new ArrayList<>(List.of(
                read(APPLICATIONS + "/{n}", n, Map.of(), agent),
                read(APPLICATIONS + "/{n}/history", n, Map.of(), agent),
                read(APPLICATIONS, Map.of(), Map.of("status", "REGISTERED", "district", "Gurugram",
                        "phone", "9876543210", "page", "0", "size", "20"), agent),
                read("/api/v1/charges", Map.of(), Map.of("category", "DS", "load", "5", "phases", "1"), agent),
                read("/api/v1/connection-policy/due-time", Map.of(), Map.of("requestType", "NEW_CONNECTION",
                        "category", "DS", "load", "5", "areaType", "METRO"), agent)));
        // Steps that the probe's state (REGISTERED) does not allow: even a request that stayed valid changes nothing.
        Map<String, Object[]> steps = new LinkedHashMap<>();
        steps.put("inspection", new Object[]{Callers.ENGINEER_GURUGRAM,
                Map.of("outcome", "FEASIBLE", "remarks", "LT line at 30 m"), Set.of("outcome")});
        steps.put("payments", new Object[]{Callers.PAYMENT_GATEWAY,
                Map.of("gatewayTransactionId", "pay_hostile", "amount", 3205), Set.of()});
        steps.put("ready-for-release", new Object[]{Callers.ENGINEER_GURUGRAM,
                Map.of("testReportReference", "WTR-1", "remarks", "ok"), Set.of()});
        steps.forEach((step, call) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) call[1]);
            @SuppressWarnings("unchecked")
            Set<String> enums = (Set<String>) call[2];
            endpoints.add(Endpoint.write("POST", APPLICATIONS + "/{n}/" + step, n,
                    Map.of("X-Correlation-Id", "hostile-test", AUTHORIZATION, "Bearer " + call[0]), body, enums));
        });
        return endpoints;
    }

    private static Endpoint read(String path, Map<String, String> pathParameters, Map<String, String> query,
                                 Map<String, String> headers) {
        return new Endpoint("GET", path, pathParameters, query, headers, null, Set.of(), false);
    }

    private static String history(String probe) {
        return Callers.as(Callers.AGENT).get(APPLICATIONS + "/{n}/history", probe).then().statusCode(200)
                .extract().asString();
    }

    /** Waits until no event has been stored for a while (other tests' work settles). */
    private long settledEventCount() {
        AtomicLong previous = new AtomicLong(-1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    long now = storedEvents();
                    return now == previous.getAndSet(now);
                });
        return previous.get();
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
