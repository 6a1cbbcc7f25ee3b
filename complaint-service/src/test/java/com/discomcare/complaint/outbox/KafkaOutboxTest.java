package com.discomcare.complaint.outbox;

import com.discomcare.contracts.Topics;
import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(TestStack.class)
class KafkaOutboxTest {

    @Test
    void everyStepReachesTheTopicInOrderInTheEnvelope() {
        String correlationId = UUID.randomUUID().toString();
        String rn = given().contentType(ContentType.JSON).header("X-Correlation-Id", correlationId)
                .body(complaint("CN-K-" + UUID.randomUUID().toString().substring(0, 8), "E1.3"))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("requestNumber");
        given().contentType(ContentType.JSON)
                .body(Map.of("engineerId", "JE-7", "engineerName", "Asha", "by", "CRO-1"))
                .post("/api/v1/complaints/{rn}/assignment", rn).then().statusCode(200);

        try (var topic = new TopicReader(TestStack.kafka().bootstrapServers(), Topics.COMPLAINTS)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.of(rn).size() >= 2);
            var messages = topic.of(rn);
            assertThat(messages).allSatisfy(m -> assertThat(m.key()).isEqualTo(rn));
            var registered = messages.get(0).envelope();
            assertThat(UUID.fromString(registered.get("eventId").asText())).isNotNull();
            assertThat(registered.get("eventType").asText()).isEqualTo("ComplaintRegistered");
            assertThat(registered.get("sequence").asLong()).isZero();
            assertThat(OffsetDateTime.parse(registered.get("occurredAt").asText())).isNotNull();
            assertThat(registered.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(registered.get("correlationId").asText()).isEqualTo(correlationId);
            assertThat(registered.at("/payload/requestNumber").asText()).isEqualTo(rn);
            assertThat(registered.at("/payload/category").asText()).isEqualTo("E1.3");
            assertThat(registered.at("/payload/dueAt").asText()).isNotBlank();
            var assigned = messages.get(1).envelope();
            assertThat(assigned.get("eventType").asText()).isEqualTo("ComplaintAssigned");
            assertThat(assigned.get("sequence").asLong()).isEqualTo(1);
            assertThat(assigned.at("/payload/engineerId").asText()).isEqualTo("JE-7");
        }
    }

    @Test
    void complaintsRegisteredWhileTheBrokerIsDownArriveWhenItIsBack() {
        List<String> requestNumbers = new ArrayList<>();
        TestStack.kafka().stop();
        try {
            for (int i = 0; i < 50; i++) {
                requestNumbers.add(register(complaint("CN-OUT-" + UUID.randomUUID().toString().substring(0, 8), "E1.1")));
            }
        } finally {
            TestStack.kafka().start();
        }
        try (var topic = new TopicReader(TestStack.kafka().bootstrapServers(), Topics.COMPLAINTS)) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                Set<String> arrived = new HashSet<>();
                topic.poll().stream()
                        .filter(m -> m.eventType().equals("ComplaintRegistered"))
                        .forEach(m -> arrived.add(m.key()));
                return arrived.containsAll(requestNumbers);
            });
        }
    }
}
