package com.discomcare.escalation.it;

import com.discomcare.contracts.Topics;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.discomcare.escalation.it.ConnectionEventsPublisher.application;
import static com.discomcare.escalation.it.ConnectionEventsPublisher.completed;
import static com.discomcare.escalation.it.ConnectionEventsPublisher.deficiency;
import static com.discomcare.escalation.it.ConnectionEventsPublisher.demandNote;
import static com.discomcare.escalation.it.ConnectionEventsPublisher.newApplicationNumber;
import static com.discomcare.escalation.it.ConnectionEventsPublisher.newServiceRequestNumber;
import static com.discomcare.escalation.it.ConnectionEventsPublisher.payment;
import static com.discomcare.escalation.it.ConnectionEventsPublisher.released;
import static com.discomcare.escalation.it.ConnectionEventsPublisher.resubmitted;
import static com.discomcare.escalation.it.ConnectionEventsPublisher.serviceRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Applications and service requests on the ladder, end to end: connections.v1 envelopes published to the real broker,
 * a seconds-scale ladder (NEW_CONNECTION: 0 s, 2 s, 4 s after the due time; other request types the default 0 s, 3 s,
 * 6 s).
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "escalations"))
class ConnectionEscalationTest {

    /** Longer than a timer can take to fire once due: polling, and the feed check a second later while behind. */
    private static final Duration FIRING_MARGIN = Duration.ofSeconds(3);

    private ConnectionEventsPublisher connections;
    private TopicReader escalations;

    @BeforeEach
    void connect() {
        connections = new ConnectionEventsPublisher(TestStack.kafka().bootstrapServers());
        escalations = new TopicReader(TestStack.kafka().bootstrapServers(), Topics.ESCALATIONS);
    }

    @AfterEach
    void disconnect() {
        connections.close();
        escalations.close();
    }

    private List<TopicReader.Message> ofType(String number, String eventType) {
        return escalations.of(number).stream().filter(m -> m.eventType().equals(eventType)).toList();
    }

    private List<TopicReader.Message> raised(String number) {
        return ofType(number, "EscalationRaised");
    }

    private static Instant inSeconds(long seconds) {
        return Instant.now().plusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant instantAt(TopicReader.Message message, String pointer) {
        return Instant.parse(message.envelope().at(pointer).asText());
    }

    private static io.restassured.response.ValidatableResponse escalationCase(String number) {
        return Staff.CSM_GURUGRAM.request().get("/api/v1/escalations/{n}", number).then().statusCode(200);
    }

    @Test
    void anIndustrialApplicationLeftAloneClimbsToTheCircleHeadOnItsOwnLadderWithItsRelationshipManagerNamed() {
        String number = newApplicationNumber();
        Instant due = inSeconds(1);
        connections.publish(application(number, "Gurugram", ConnectionCategory.LT_INDUSTRIAL, "45", due), 0);

        await().atMost(Duration.ofSeconds(30)).until(() -> raised(number).size() >= 3);
        TopicReader.Message opened = ofType(number, "EscalationCaseOpened").get(0);
        assertThat(opened.envelope().at("/payload/caseType").asText()).isEqualTo("NEW_CONNECTION");
        assertThat(opened.envelope().at("/payload/holder/id").asText()).isEqualTo("CRO-GGN");
        assertThat(opened.envelope().at("/payload/relationshipManager/id").asText()).isEqualTo("RM-GGN");
        assertThat(instantAt(opened, "/payload/nextTierDueAt")).isEqualTo(due);
        List<TopicReader.Message> tiers = raised(number);
        assertThat(tiers).extracting(m -> m.envelope().at("/payload/officer/id").asText())
                .containsExactly("CSM-GGN", "DM-GGN", "CH-GGN");
        assertThat(instantAt(tiers.get(0), "/payload/nextTierDueAt")).as("NEW_CONNECTION's own ladder")
                .isEqualTo(due.plusSeconds(2));

        escalationCase(number)
                .body("caseType", equalTo("NEW_CONNECTION"))
                .body("tier", equalTo(3))
                .body("holder.role", equalTo("CIRCLE_HEAD"))
                .body("relationshipManager.name", equalTo("Kiran Bedi"));
        Staff.CIRCLE_HEAD_GURUGRAM.request().queryParam("district", "Gurugram").queryParam("size", "100")
                .get("/api/v1/escalations").then().statusCode(200)
                .body("items.requestNumber", hasItem(number));
    }

    @Test
    void aDeficiencyStopsTheClockResubmissionRunsItFromTheMovedDueTimeAndReleaseStopsTheCase() {
        String number = newApplicationNumber();
        Instant due = inSeconds(2);
        connections.publish(application(number, "Gurugram", ConnectionCategory.DS, "5", due), 0);
        connections.publish(deficiency(number), 1);

        await().atMost(Duration.ofSeconds(20)).until(() -> !ofType(number, "EscalationClockPaused").isEmpty());
        escalationCase(number).body("status", equalTo("PAUSED")).body("relationshipManager", nullValue());
        Duration untilPastDue = Duration.between(Instant.now(), due.plus(FIRING_MARGIN));
        await().during(untilPastDue).atMost(untilPastDue.plusSeconds(5)).until(() -> raised(number).isEmpty());

        Instant movedDue = inSeconds(2);
        connections.publish(resubmitted(number, Duration.between(due, movedDue), movedDue), 2);

        await().atMost(Duration.ofSeconds(20)).until(() -> !raised(number).isEmpty());
        TopicReader.Message first = raised(number).get(0);
        assertThat(first.envelope().at("/payload/tier").asInt()).isEqualTo(1);
        assertThat(instantAt(first, "/payload/at")).as("tier 1 fell due at the moved due time").isEqualTo(movedDue);

        connections.publish(released(number, "8100000002"), 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> !ofType(number, "EscalationCaseStopped").isEmpty());
        assertThat(ofType(number, "EscalationCaseStopped").get(0).envelope().at("/payload/reason").asText())
                .isEqualTo("ConnectionReleased");
        Instant tierTwoDue = movedDue.plusSeconds(2);
        Duration untilTierTwoPast = Duration.between(Instant.now(), tierTwoDue.plus(FIRING_MARGIN));
        await().during(untilTierTwoPast).atMost(untilTierTwoPast.plusSeconds(5)).until(() -> raised(number).size() == 1);
        escalationCase(number).body("status", equalTo("STOPPED")).body("tier", equalTo(1));
    }

    @Test
    void aDemandNoteWaitsForTheFullPaymentWhichRunsTheClockWithItsDueTime() {
        String number = newApplicationNumber();
        connections.publish(application(number, "Gurugram", ConnectionCategory.DS, "5", inSeconds(600)), 0);
        connections.publish(demandNote(number), 1);
        connections.publish(payment(number, 3000, 1, 6000, null), 2);

        await().atMost(Duration.ofSeconds(20)).until(() -> !ofType(number, "EscalationClockPaused").isEmpty());
        Instant releaseDue = inSeconds(900);
        connections.publish(payment(number, 6000, 2, 0, releaseDue), 3);

        await().atMost(Duration.ofSeconds(20)).until(() -> !ofType(number, "EscalationClockResumed").isEmpty());
        assertThat(escalations.of(number)).extracting(TopicReader.Message::eventType)
                .as("the part payment left the clock stopped")
                .containsExactly("EscalationCaseOpened", "EscalationClockPaused", "EscalationClockResumed");
        escalationCase(number).body("status", equalTo("OPEN")).body("dueAt", equalTo(releaseDue.toString()));
    }

    @Test
    void aServiceRequestCompletedInTimeIsNeverEscalated() {
        String number = newServiceRequestNumber();
        Instant due = inSeconds(2);
        connections.publish(serviceRequest(number, "Gurugram", due), 0);
        connections.publish(completed(number), 1);

        await().atMost(Duration.ofSeconds(20)).until(() -> !ofType(number, "EscalationCaseStopped").isEmpty());
        Duration untilPastDue = Duration.between(Instant.now(), due.plus(FIRING_MARGIN));
        await().during(untilPastDue).atMost(untilPastDue.plusSeconds(5)).until(() -> raised(number).isEmpty());
        escalationCase(number).body("caseType", equalTo("NAME_CHANGE"))
                .body("status", equalTo("STOPPED"))
                .body("relationshipManager", nullValue());
    }

    @Test
    void anApplicationNumberIsACaseIdAndAnythingElseIsRefused() {
        Staff.AGENT.request().get("/api/v1/escalations/{n}", "5999999999999").then().statusCode(404);
        Staff.AGENT.request().get("/api/v1/escalations/{n}", "7260000000015").then().statusCode(400)
                .body("errors[0].field", equalTo("requestNumber"));
        Staff.AGENT.request().get("/api/v1/escalations/{n}", "52600000000150").then().statusCode(400);
    }
}
