package com.discomcare.complaint.projection;

import com.discomcare.complaint.Callers;
import com.discomcare.complaint.config.ComplaintServiceDefinition;
import com.discomcare.complaint.domain.RequestNumbers;
import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.complaint.Channel;
import com.discomcare.contracts.complaint.ClockType;
import com.discomcare.contracts.complaint.ComplaintRegistered;
import com.discomcare.contracts.complaint.Language;
import com.discomcare.localstack.TestStack;
import io.quarkus.narayana.jta.QuarkusTransaction;
import com.discomcare.kit.security.Roles;
import com.discomcare.localstack.tokens.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * An event store that already holds a registration with a NUL and other control characters (stored before input
 * was checked, or by another path): the read model stores it with the characters replaced and goes on, without
 * manual SQL.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ControlCharactersInStoredEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PROCESSORS = "checks.find { it.name == 'event processors' }";

    @Inject
    EventStore eventStore;

    @Test
    void aRegistrationWithANulIsProjectedWithTheCharactersReplacedAndLaterEventsFollow() {
        String requestNumber = RequestNumbers.format(99, ThreadLocalRandom.current().nextLong(900_000_000, 999_999_999));
        String consumer = "CN-NUL-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var registered = new ComplaintRegistered(requestNumber, consumer, "Ra\u0000mesh \uD83D", "9876543210",
                "E1.1", AreaType.URBAN, "Guru\u0001gram", "H.No. 12\u0000", "No supply\u001b[2J", Channel.WEB,
                Language.ENGLISH, ClockType.WORKING_HOURS, now.plus(4, ChronoUnit.HOURS), "AGENT-0042", "Priya Nair",
                "agent", now);
        // Straight into the event store, past the API's validation.
        QuarkusTransaction.requiringNew().run(() -> eventStore.publish(
                new GenericDomainEventMessage<>("ComplaintAggregate", requestNumber, 0, registered)));

        await(() -> Callers.asAgent().queryParam("consumerNumber", consumer).get("/api/v1/complaints")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].requestNumber", equalTo(requestNumber))
                .body("items[0].name", equalTo("Ra\uFFFDmesh \uFFFD"))
                .body("items[0].district", equalTo("Guru\uFFFDgram")));

        // Later events: a step of this complaint, and another complaint registered through the API.
        // The district rule compares the district as the event stored it, control character and all.
        String croOfThatDistrict = TestTokens.as("CRO-GGN").roles(Roles.CRO).districts("Guru\u0001gram").token();
        Callers.as(croOfThatDistrict).contentType(ContentType.JSON)
                .body(Map.of("engineerId", "JE-1042", "engineerName", "Suresh Yadav", "engineerPhone", "9812345678"))
                .post("/api/v1/complaints/{rn}/assignment", requestNumber)
                .then().statusCode(200).body("status", equalTo("ASSIGNED"));
        String later = register(complaint(consumer, "E1.2"));

        await(() -> Callers.asAgent().queryParam("consumerNumber", consumer).queryParam("status", "ASSIGNED")
                .get("/api/v1/complaints").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].requestNumber", equalTo(requestNumber)));
        await(() -> Callers.asAgent().queryParam("consumerNumber", consumer).get("/api/v1/complaints")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.requestNumber", hasItem(later)));
        await(() -> given().get("/q/health/well").then()
                .body(PROCESSORS + ".status", equalTo("UP"))
                .body(PROCESSORS + ".data.'" + ComplaintServiceDefinition.PROJECTION + ".lagEvents'", equalTo(0))
                .body(PROCESSORS + ".data.'" + ComplaintServiceDefinition.PROJECTION + ".recordedFailedEvents'", equalTo(0)));
        await(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString(
                        "processor_lag_events{processor=\"" + ComplaintServiceDefinition.PROJECTION + "\"} 0.0")));
    }

    private static void await(Runnable assertion) {
        Awaitility.await().atMost(WAIT).untilAsserted(assertion::run);
    }
}
