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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static com.discomcare.escalation.it.ComplaintEventsPublisher.closed;
import static com.discomcare.escalation.it.ComplaintEventsPublisher.newRequestNumber;
import static com.discomcare.escalation.it.ComplaintEventsPublisher.paused;
import static com.discomcare.escalation.it.ComplaintEventsPublisher.registered;
import static com.discomcare.escalation.it.ComplaintEventsPublisher.reopened;
import static com.discomcare.escalation.it.ComplaintEventsPublisher.resolved;
import static com.discomcare.escalation.it.ComplaintEventsPublisher.resumed;
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

    /**
     * Longer than a timer can take to fire once due: polling (0.2 s in tests), and the feed check, which looks again
     * a second later while the consumer is behind.
     */
    private static final Duration FIRING_MARGIN = Duration.ofSeconds(3);

    private List<TopicReader.Message> raised(String rn) {
        return escalations.of(rn).stream().filter(m -> m.eventType().equals("EscalationRaised")).toList();
    }

    private List<TopicReader.Message> ofType(String rn, String eventType) {
        return escalations.of(rn).stream().filter(m -> m.eventType().equals(eventType)).toList();
    }

    /** A due time this far from now, in whole milliseconds so that it compares exactly after its trip through JSON. */
    private static Instant inSeconds(long seconds) {
        return Instant.now().plusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant instantAt(TopicReader.Message message, String pointer) {
        return Instant.parse(message.envelope().at(pointer).asText());
    }

    /** Checks, until {@code tierDueAt} is well past, that nothing was raised for the case. */
    private void assertNothingRaisedUntilPast(String rn, Instant tierDueAt) {
        Duration span = Duration.between(Instant.now(), tierDueAt.plus(FIRING_MARGIN));
        await().during(span).atMost(span.plusSeconds(5)).until(() -> raised(rn).isEmpty());
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

        Staff.CSM_GURUGRAM.request().get("/api/v1/escalations/{rn}", rn).then().statusCode(200)
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
        Staff.CSM_GURUGRAM.request().get("/api/v1/escalations/{rn}", rn).then().statusCode(200)
                .body("status", equalTo("STOPPED"));
    }

    @Test
    void aClosedComplaintIsNeverEscalated() {
        String rn = newRequestNumber();
        Instant due = inSeconds(2);
        complaints.publish(registered(rn, "Gurugram", due), 0);
        complaints.publish(closed(rn), 1);

        await().atMost(Duration.ofSeconds(20)).until(() -> !ofType(rn, "EscalationCaseStopped").isEmpty());
        assertThat(ofType(rn, "EscalationCaseStopped").get(0).envelope().at("/payload/reason").asText())
                .isEqualTo("ComplaintClosed");
        assertNothingRaisedUntilPast(rn, due); // tier 1 falls due at the due time
        Staff.CSM_GURUGRAM.request().get("/api/v1/escalations/{rn}", rn).then().statusCode(200)
                .body("status", equalTo("STOPPED"))
                .body("tier", equalTo(0));
    }

    @Test
    void aPausedComplaintWaitsPastItsTierTimeAndOnResumeEscalatesFromTheMovedDueTime() {
        String rn = newRequestNumber();
        Instant due = inSeconds(2);
        complaints.publish(registered(rn, "Gurugram", due), 0);
        complaints.publish(paused(rn), 1);

        await().atMost(Duration.ofSeconds(20)).until(() -> !ofType(rn, "EscalationClockPaused").isEmpty());
        Staff.CSM_GURUGRAM.request().get("/api/v1/escalations/{rn}", rn).then().statusCode(200)
                .body("status", equalTo("PAUSED"));
        assertNothingRaisedUntilPast(rn, due);
        Staff.CSM_GURUGRAM.request().get("/api/v1/escalations/{rn}", rn).then().statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("tier", equalTo(0));

        Instant movedDue = inSeconds(2);
        complaints.publish(resumed(rn, Duration.between(due, movedDue), movedDue), 2);

        await().atMost(Duration.ofSeconds(20)).until(() -> !raised(rn).isEmpty());
        TopicReader.Message first = raised(rn).get(0);
        assertThat(first.envelope().at("/payload/tier").asInt()).isEqualTo(1);
        assertThat(instantAt(first, "/payload/at")).as("tier 1 fell due at the moved due time").isEqualTo(movedDue);
        assertThat(instantAt(first, "/payload/nextTierDueAt")).isEqualTo(movedDue.plusSeconds(3));
        assertThat(instantAt(ofType(rn, "EscalationClockResumed").get(0), "/payload/dueAt")).isEqualTo(movedDue);
        Staff.CSM_GURUGRAM.request().get("/api/v1/escalations/{rn}", rn).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("dueAt", equalTo(movedDue.toString()));
    }

    @Test
    void aReopenedComplaintClimbsTheLadderAgainFromTierOneAtItsNewDueTime() {
        String rn = newRequestNumber();
        complaints.publish(registered(rn, "Gurugram", inSeconds(1)), 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> !raised(rn).isEmpty());
        complaints.publish(resolved(rn), 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> !ofType(rn, "EscalationCaseStopped").isEmpty());

        Instant newDue = inSeconds(2);
        complaints.publish(reopened(rn, newDue), 2);

        // One key, one partition: what follows the restart on the topic is the new ladder.
        await().atMost(Duration.ofSeconds(20)).until(() -> afterRestart(rn).stream()
                .anyMatch(m -> m.eventType().equals("EscalationRaised")));
        List<TopicReader.Message> newLadder = afterRestart(rn);
        TopicReader.Message restarted = ofType(rn, "EscalationCaseRestarted").get(0);
        assertThat(instantAt(restarted, "/payload/dueAt")).isEqualTo(newDue);
        assertThat(restarted.envelope().at("/payload/holder/id").asText()).as("back with the CRO").isEqualTo("CRO-GGN");
        TopicReader.Message firstAgain = newLadder.stream().filter(m -> m.eventType().equals("EscalationRaised"))
                .findFirst().orElseThrow();
        assertThat(firstAgain.envelope().at("/payload/tier").asInt()).isEqualTo(1);
        assertThat(firstAgain.envelope().at("/payload/officer/id").asText()).isEqualTo("CSM-GGN");
        assertThat(instantAt(firstAgain, "/payload/at")).as("tier 1 fell due at the new due time").isEqualTo(newDue);
        Staff.CSM_GURUGRAM.request().get("/api/v1/escalations/{rn}", rn).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("dueAt", equalTo(newDue.toString()));
    }

    /** The case's messages after its (first) restart, in order. */
    private List<TopicReader.Message> afterRestart(String rn) {
        List<TopicReader.Message> all = escalations.of(rn);
        int restart = all.stream().map(TopicReader.Message::eventType).toList().indexOf("EscalationCaseRestarted");
        return restart < 0 ? List.of() : all.subList(restart + 1, all.size());
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
        Map<String, Object> sampleCsm = Staff.CSM_FARIDABAD.request().queryParam("district", "Faridabad")
                .get("/api/v1/officers")
                .then().statusCode(200).extract().jsonPath()
                .getMap("find { it.role == 'CUSTOMER_SERVICE_MANAGER' }.officer");
        try {
            putFaridabadCsm(Map.of("id", "CSM-FBD-2", "name", "Imran Khan", "phone", "9810000099"))
                    .then().statusCode(200).body("officer.id", equalTo("CSM-FBD-2"));
            Staff.CSM_FARIDABAD.request().queryParam("district", "Faridabad").get("/api/v1/officers")
                    .then().statusCode(200).body("find { it.role == 'CUSTOMER_SERVICE_MANAGER' }.officer.name", equalTo("Imran Khan"));

            String rn = newRequestNumber();
            complaints.publish(registered(rn, "Faridabad", Instant.now().plusSeconds(1)), 0);
            await().atMost(Duration.ofSeconds(30)).until(() -> !raised(rn).isEmpty());
            assertThat(raised(rn).get(0).envelope().at("/payload/officer/id").asText()).isEqualTo("CSM-FBD-2");
        } finally {
            // The roster is shared by every test of this JVM: leave it as the sample has it.
            putFaridabadCsm(sampleCsm).then().statusCode(200);
        }
    }

    private static io.restassured.response.Response putFaridabadCsm(Map<String, ?> officer) {
        return Staff.ADMIN.request().contentType(ContentType.JSON).body(officer)
                .put("/api/v1/officers/districts/{district}/csm", "Faridabad");
    }

    @Test
    void rosterEditsAreValidated() {
        Staff.ADMIN.request().contentType(ContentType.JSON).body(Map.of("id", "X", "name", "Y", "phone", "12345"))
                .put("/api/v1/officers/districts/{district}/csm", "Gurugram")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("phone"));
        Staff.ADMIN.request().contentType(ContentType.JSON).body(Map.of("id", "X", "name", "Y", "phone", "9810000099"))
                .put("/api/v1/officers/districts/{district}/boss", "Gurugram")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        Staff.ADMIN.request().contentType(ContentType.JSON).body(Map.of("id", "X", "name", "Y", "phone", "9810000099"))
                .put("/api/v1/officers/districts/{district}/cro", "Nowhere")
                .then().statusCode(400).body("errors[0].field", equalTo("circle"));
        Staff.ADMIN.request().queryParam("district", "Nowhere").get("/api/v1/officers").then().statusCode(404);
    }

    @Test
    void theOverdueBoardListsOpenOverdueCases() {
        String rn = newRequestNumber();
        complaints.publish(registered(rn, "Rewari", Instant.now().minusSeconds(3600)), 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Staff.CIRCLE_HEAD_GURUGRAM.request().queryParam("district", "Rewari").queryParam("overdue", "true")
                        .queryParam("size", "100")
                        .get("/api/v1/escalations")
                        .then().statusCode(200).body("items.requestNumber", org.hamcrest.Matchers.hasItem(rn)));
        Staff.ADMIN.request().queryParam("tier", "7").get("/api/v1/escalations").then().statusCode(400)
                .body("errors[0].field", equalTo("tier"));
        Staff.AGENT.request().get("/api/v1/escalations/{rn}", "123").then().statusCode(400);
        Staff.AGENT.request().get("/api/v1/escalations/{rn}", "999999999999").then().statusCode(404);
    }
}
