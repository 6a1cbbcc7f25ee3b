package com.discomcare.escalation.it;

import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.Topics;
import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.discomcare.escalation.it.ComplaintEventsPublisher.newRequestNumber;
import static com.discomcare.escalation.it.ComplaintEventsPublisher.registered;
import static com.discomcare.escalation.it.ComplaintEventsPublisher.resolved;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The ladder end to end on a real PostgreSQL and Kafka, with a ladder of 0 s, 3 s and 6 s after the due time. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "escalations"))
class EscalationLadderTest {

    private ComplaintEventsPublisher complaints;
    private TopicReader escalations;

    @BeforeEach
    void connect() {
        complaints = new ComplaintEventsPublisher(TestStack.kafka().bootstrapServers());
        escalations = new TopicReader(TestStack.kafka().bootstrapServers(), Topics.ESCALATIONS);
    }

    @AfterEach
    void disconnect() {
        complaints.close();
        escalations.close();
    }

    private List<TopicReader.Message> raised(String rn) {
        return escalations.of(rn).stream().filter(m -> m.eventType().equals("EscalationRaised")).toList();
    }

    @Test
    void anUnresolvedComplaintClimbsToTheCircleHeadOneTierAtATime() {
        String rn = newRequestNumber();
        complaints.publish(registered(rn, "Gurugram", Instant.now().plusSeconds(2)), 0);

        await().atMost(Duration.ofSeconds(30)).until(() -> raised(rn).size() >= 3);
        // Longer than the ladder's spacing: a duplicate would have shown by now.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> raised(rn).size() == 3);
        List<TopicReader.Message> tiers = raised(rn);
        assertThat(tiers).extracting(m -> m.envelope().at("/payload/tier").asInt()).containsExactly(1, 2, 3);
        assertThat(tiers).extracting(m -> m.envelope().at("/payload/officer/id").asText())
                .containsExactly("CSM-GGN", "DM-GGN", "CH-GGN");
        assertThat(tiers.get(0).envelope().at("/payload/nextTierDueAt").asText()).isNotBlank();
        assertThat(tiers.get(2).envelope().at("/payload/nextTierDueAt").isNull()).isTrue();
        assertThat(tiers).allSatisfy(m -> assertThat(m.key()).isEqualTo(rn));

        given().get("/api/v1/escalations/{rn}", rn).then().statusCode(200)
                .body("tier", equalTo(3))
                .body("holder.role", equalTo("CIRCLE_HEAD"))
                .body("holder.officer.name", equalTo("Rajesh Malhotra"))
                .body("history.size()", equalTo(4));
    }

    @Test
    void aComplaintResolvedBeforeItsDueTimeIsNeverEscalated() {
        String rn = newRequestNumber();
        complaints.publish(registered(rn, "Gurugram", Instant.now().plusSeconds(3)), 0);
        complaints.publish(resolved(rn), 1);

        await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(15)).until(() -> raised(rn).isEmpty());
        given().get("/api/v1/escalations/{rn}", rn).then().statusCode(200).body("status", equalTo("STOPPED"));
    }

    @Test
    void aTierWithNobodyOnTheRosterIsReportedAndSkipped() {
        String rn = newRequestNumber(); // Palwal has no customer service manager in the sample roster
        complaints.publish(registered(rn, "Palwal", Instant.now().plusSeconds(1)), 0);

        await().atMost(Duration.ofSeconds(30)).until(() -> raised(rn).size() >= 1);
        assertThat(escalations.of(rn)).extracting(TopicReader.Message::eventType)
                .startsWith("EscalationCaseOpened", "RosterGap", "EscalationRaised");
        assertThat(raised(rn).get(0).envelope().at("/payload/role").asText()).isEqualTo("DISTRICT_MANAGER");
    }

    @Test
    void aRedeliveredRegistrationOpensOneCase() {
        String rn = newRequestNumber();
        IntegrationEvent registration = complaints.publish(registered(rn, "Rewari", Instant.now().plusSeconds(60)), 0);
        complaints.publish(registration);

        await().atMost(Duration.ofSeconds(20)).until(() -> !escalations.of(rn).isEmpty());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> escalations.of(rn).size() == 1);
    }

    @Test
    void anUnprocessableEventGoesToTheDeadLetterTopicAndDoesNotBlockOthers() {
        String poisoned = newRequestNumber();
        complaints.publish(registered(poisoned, "Gurugram", null), 0); // no due time: the case cannot open
        String healthy = newRequestNumber();
        complaints.publish(registered(healthy, "Gurugram", Instant.now().plusSeconds(60)), 0);

        try (var deadLetters = new TopicReader(TestStack.kafka().bootstrapServers(), Topics.deadLetterTopicOf(Topics.COMPLAINTS))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !deadLetters.of(poisoned).isEmpty());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !escalations.of(healthy).isEmpty());
    }

    @Test
    void aRosterChangeAppliesToTheNextEscalation() {
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "CSM-FBD-2", "name", "Imran Khan", "phone", "9810000099"))
                .put("/api/v1/officers/districts/{district}/csm", "Faridabad")
                .then().statusCode(200).body("officer.id", equalTo("CSM-FBD-2"));
        given().queryParam("district", "Faridabad").get("/api/v1/officers")
                .then().statusCode(200).body("find { it.role == 'CUSTOMER_SERVICE_MANAGER' }.officer.name", equalTo("Imran Khan"));

        String rn = newRequestNumber();
        complaints.publish(registered(rn, "Faridabad", Instant.now().plusSeconds(1)), 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> !raised(rn).isEmpty());
        assertThat(raised(rn).get(0).envelope().at("/payload/officer/id").asText()).isEqualTo("CSM-FBD-2");
    }

    @Test
    void rosterEditsAreValidated() {
        given().contentType(ContentType.JSON).body(Map.of("id", "X", "name", "Y", "phone", "12345"))
                .put("/api/v1/officers/districts/{district}/csm", "Gurugram")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("phone"));
        given().contentType(ContentType.JSON).body(Map.of("id", "X", "name", "Y", "phone", "9810000099"))
                .put("/api/v1/officers/districts/{district}/boss", "Gurugram")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().contentType(ContentType.JSON).body(Map.of("id", "X", "name", "Y", "phone", "9810000099"))
                .put("/api/v1/officers/districts/{district}/cro", "Nowhere")
                .then().statusCode(400).body("errors[0].field", equalTo("circle"));
        given().queryParam("district", "Nowhere").get("/api/v1/officers").then().statusCode(404);
    }

    @Test
    void theOverdueBoardListsOpenOverdueCases() {
        String rn = newRequestNumber();
        complaints.publish(registered(rn, "Rewari", Instant.now().minusSeconds(3600)), 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("district", "Rewari").queryParam("overdue", "true").queryParam("size", "100")
                        .get("/api/v1/escalations")
                        .then().statusCode(200).body("items.requestNumber", org.hamcrest.Matchers.hasItem(rn)));
        given().queryParam("tier", "7").get("/api/v1/escalations").then().statusCode(400)
                .body("errors[0].field", equalTo("tier"));
        given().get("/api/v1/escalations/{rn}", "123").then().statusCode(400);
        given().get("/api/v1/escalations/{rn}", "999999999999").then().statusCode(404);
    }
}
