package com.discomcare.kit.deadletter;

import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.JsonMapping;
import com.discomcare.contracts.Topics;
import com.discomcare.kit.jdbc.Sql;
import com.discomcare.contracts.complaint.ComplaintEvent;
import com.discomcare.kit.kafka.IdempotentConsumer;
import com.discomcare.kit.kafka.TestSubscribers;
import com.discomcare.kit.processing.KitOperationsTestProfile;
import com.discomcare.kit.security.Roles;
import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.tokens.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Dead letters of the kit's consumer on the real broker: listed with what, why, when and where from, counted in
 * metrics and in an UP liveness check, and replayed after a fix, once.
 */
@QuarkusTest
@TestProfile(KitOperationsTestProfile.class)
class DeadLettersTest {

    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DLQ = Topics.deadLetterTopicOf(TestConsumedTopics.TOPIC);
    private static final String API = "/api/v1/dead-letters";
    private static final String ADMIN = TestTokens.as("ADMIN-01").named("Rakesh Gupta").roles(Roles.ADMIN).token();

    /** Event ids the handler fails on until the "fix". */
    private static final Set<UUID> BROKEN = ConcurrentHashMap.newKeySet();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Sql sql;

    private IdempotentConsumer<ComplaintEvent> consumer;

    @BeforeEach
    void startConsumer() {
        sql.update("CREATE TABLE IF NOT EXISTS kit_test_effect (event_id UUID NOT NULL, aggregate_id VARCHAR(100))");
        TestStack.kafka().createTopics(TestConsumedTopics.TOPIC);
        consumer = IdempotentConsumer.builder(TestSubscribers.subscriber(TestConsumedTopics.TOPIC, (ignored, event) -> {
                    if (BROKEN.contains(event.eventId())) {
                        throw new IllegalStateException("no officer for district Nowhere");
                    }
                    sql.update("INSERT INTO kit_test_effect (event_id, aggregate_id) VALUES (?, ?)",
                            event.eventId(), event.aggregateId());
                }))
                .bootstrapServers(TestStack.kafka().bootstrapServers())
                .groupId(TestConsumedTopics.GROUP)
                .dataSource(dataSource)
                .maxAttempts(1)
                .build();
        consumer.start();
    }

    @AfterEach
    void stopConsumer() {
        consumer.close();
        BROKEN.clear();
    }

    @Test
    void aDeadLetterIsListedCountedAndReplayedOnceAfterTheFix() throws Exception {
        IntegrationEvent poison = event("CASE-1");
        BROKEN.add(poison.eventId());
        RecordMetadata sent = send(poison);
        IntegrationEvent next = event("CASE-1");
        send(next);
        await().atMost(WAIT).until(() -> effects(next.eventId()) == 1);
        sendToDeadLetterTopicAsAnotherGroup(event("CASE-1"));

        String ofPoison = "deadLetters.find { it.eventId == '" + poison.eventId() + "' }";
        JsonPath listed = await().atMost(WAIT).until(() -> asAdmin().get(API).then().statusCode(200).extract().jsonPath(),
                list -> list.get(ofPoison) != null);
        Map<String, Object> letter = listed.getMap(ofPoison);
        assertThat(listed.getLong("pending")).as("every other test replays its own").isEqualTo(1);
        assertThat(listed.getList("deadLetters.consumerGroup")).containsOnly(TestConsumedTopics.GROUP);
        assertThat(letter.get("id")).isEqualTo(DLQ + ":" + letter.get("partition") + ":" + letter.get("offset"));
        assertThat(letter).containsEntry("topic", DLQ)
                .containsEntry("key", "CASE-1")
                .containsEntry("eventId", poison.eventId().toString())
                .containsEntry("eventType", "ComplaintRegistered")
                .containsEntry("aggregateId", "CASE-1")
                .containsEntry("reason", "java.lang.IllegalStateException: no officer for district Nowhere")
                .containsEntry("sourceTopic", TestConsumedTopics.TOPIC)
                .containsEntry("sourcePartition", sent.partition())
                .containsEntry("sourceOffset", (int) sent.offset())
                .containsEntry("consumerGroup", TestConsumedTopics.GROUP)
                .containsEntry("replayed", false);
        assertThat(OffsetDateTime.parse((String) letter.get("failedAt"))).isNotNull();

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(metrics()).contains("dead_letters{topic=\"" + DLQ + "\"} 1.0");
            given().get("/q/health/well").then().statusCode(200)
                    .body("checks.find { it.name == 'dead letters' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'dead letters' }.data.'" + DLQ + "'", equalTo(1));
        });
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);

        BROKEN.clear(); // the fix
        asAdmin().post(API + "/{id}/replay", letter.get("id")).then().statusCode(200)
                .body("id", equalTo(letter.get("id")))
                .body("replayed", equalTo(true));
        await().atMost(WAIT).until(() -> effects(poison.eventId()) == 1);

        asAdmin().get(API).then().statusCode(200)
                .body("pending", equalTo(0))
                .body(ofPoison + ".replayed", equalTo(true));
        asAdmin().post(API + "/{id}/replay", letter.get("id")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Already replayed"));
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(metrics()).contains("dead_letters{topic=\"" + DLQ + "\"} 0.0"));
        assertThat(effects(poison.eventId())).as("replayed once").isEqualTo(1);
    }

    @Test
    void replayingAllSendsEveryPendingDeadLetterOfThisServiceAgain() throws Exception {
        IntegrationEvent first = event("CASE-2");
        IntegrationEvent second = event("CASE-3");
        BROKEN.add(first.eventId());
        BROKEN.add(second.eventId());
        send(first);
        send(second);
        await().atMost(WAIT).until(() -> asAdmin().get(API).then().extract().jsonPath()
                .getList("deadLetters.findAll { !it.replayed }.eventId").size() == 2);

        BROKEN.clear();
        asAdmin().post(API + "/replay").then().statusCode(200)
                .body("count", equalTo(2))
                .body("replayed.eventId", hasItem(first.eventId().toString()))
                .body("replayed.eventId", hasItem(second.eventId().toString()));

        await().atMost(WAIT).until(() -> effects(first.eventId()) == 1 && effects(second.eventId()) == 1);
        asAdmin().get(API).then().body("pending", equalTo(0));
        asAdmin().post(API + "/replay").then().statusCode(200).body("count", equalTo(0));
    }

    @Test
    void aMalformedIdIs400AndAnUnknownOneOrAnotherGroupsIs404() throws Exception {
        asAdmin().post(API + "/{id}/replay", "not-an-id").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
        asAdmin().post(API + "/{id}/replay", DLQ + ":0:x").then().statusCode(400);
        asAdmin().post(API + "/{id}/replay", DLQ + ":0:99999999").then().statusCode(404)
                .contentType("application/problem+json");
        asAdmin().post(API + "/{id}/replay", "other.v1.dlq:0:0").then().statusCode(404);

        RecordMetadata foreign = sendToDeadLetterTopicAsAnotherGroup(event("CASE-4"));
        asAdmin().post(API + "/{id}/replay", DLQ + ":" + foreign.partition() + ":" + foreign.offset())
                .then().statusCode(404);
    }

    /** Operations are the admin's: anyone else is refused, and nothing is replayed. */
    @Test
    void onlyAnAdminMaySeeOrReplayDeadLetters() {
        given().get(API).then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .contentType(startsWith("application/problem+json")).body("status", equalTo(401));
        given().auth().oauth2("not-a-token").post(API + "/replay").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        for (String role : Roles.ALL) {
            if (role.equals(Roles.ADMIN)) {
                continue;
            }
            String token = TestTokens.as("SOMEONE").roles(role).districts("Gurugram").token();
            given().auth().oauth2(token).get(API).then().statusCode(403)
                    .contentType(startsWith("application/problem+json")).body("status", equalTo(403));
            given().auth().oauth2(token).post(API + "/replay").then().statusCode(403);
        }
        asAdmin().get(API).then().statusCode(200);
    }

    // ------------------------------------------------------------------------------------------------------------

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(ADMIN);
    }

    private long effects(UUID eventId) {
        return sql.first("SELECT count(*) FROM kit_test_effect WHERE event_id = ?", row -> row.getLong(1), eventId)
                .orElse(0L);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static IntegrationEvent event(String aggregateId) {
        return new IntegrationEvent(UUID.randomUUID(), "ComplaintRegistered", aggregateId, 0,
                OffsetDateTime.now(), 1, UUID.randomUUID().toString(),
                JSON.createObjectNode().put("requestNumber", aggregateId));
    }

    private static RecordMetadata send(IntegrationEvent event) throws Exception {
        return send(new ProducerRecord<>(TestConsumedTopics.TOPIC, event.aggregateId(), JSON.writeValueAsString(event)));
    }

    /** A dead letter of another service's group on the same dead-letter topic: not this service's to show. */
    private static RecordMetadata sendToDeadLetterTopicAsAnotherGroup(IntegrationEvent event) throws Exception {
        var record = new ProducerRecord<>(DLQ, event.aggregateId(), JSON.writeValueAsString(event));
        record.headers().add("dlq-reason", "java.lang.IllegalStateException: elsewhere".getBytes(StandardCharsets.UTF_8))
                .add("dlq-source-topic", TestConsumedTopics.TOPIC.getBytes(StandardCharsets.UTF_8))
                .add("dlq-consumer-group", "another-service".getBytes(StandardCharsets.UTF_8));
        return send(record);
    }

    private static RecordMetadata send(ProducerRecord<String, String> record) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            return producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }
}
