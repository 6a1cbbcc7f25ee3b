package com.discomcare.complaint.consumer;

import com.discomcare.complaint.Callers;
import com.discomcare.contracts.EventCatalogs;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.JsonMapping;
import com.discomcare.contracts.Topics;
import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.ConnectionReleased;
import com.discomcare.contracts.connection.LoadUnit;
import com.discomcare.contracts.escalation.Officer;
import com.discomcare.kit.jdbc.Sql;
import com.discomcare.localstack.TestStack;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/** connections.v1 -> the consumer directory -> registration fills in what the agent left out. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ConsumerDirectoryTest {

    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 100_000_000L);
    private static final Officer RM = new Officer("RM-GGN", "Kiran Bedi", "9810000014");

    @Inject
    Sql sql;

    /** A consumer number no other test uses: 10 digits starting with 8. */
    private static String newConsumerNumber() {
        return String.format("89%08d", SERIAL.incrementAndGet() % 100_000_000L);
    }

    private static ConnectionReleased released(String consumerNumber, String name, Officer relationshipManager) {
        return new ConnectionReleased("5260000000015", consumerNumber, name, "9811122233", "Gurugram",
                ConnectionAreaType.RURAL, ConnectionCategory.LT_INDUSTRIAL, new BigDecimal("45.50"), LoadUnit.KW,
                relationshipManager, true, "JE-GGN-1", "Ravi Engineer", "engineer", Instant.now());
    }

    private static IntegrationEvent envelope(ConnectionReleased event) {
        return new IntegrationEvent(UUID.randomUUID(), EventCatalogs.CONNECTIONS.nameOf(event), event.requestNumber(),
                8, Instant.now().atOffset(ZoneOffset.UTC), 1, UUID.randomUUID().toString(), JSON.valueToTree(event));
    }

    private static void send(IntegrationEvent event) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.CONNECTIONS, event.aggregateId(), JSON.writeValueAsString(event)))
                    .get();
        }
    }

    private String nameInDirectory(String consumerNumber) {
        return sql.first("SELECT name FROM consumer_directory WHERE consumer_number = ?", row -> row.getString(1),
                consumerNumber).orElse(null);
    }

    private long rowsOf(String consumerNumber) {
        return sql.first("SELECT count(*) FROM consumer_directory WHERE consumer_number = ?", row -> row.getLong(1),
                consumerNumber).orElseThrow();
    }

    /** The test body of ComplaintLifecycleApiTest without the consumer details that the directory can give. */
    private static Map<String, Object> leavingOutConsumerDetails(String consumerNumber, String category) {
        Map<String, Object> body = new HashMap<>(complaint(consumerNumber, category));
        body.keySet().removeAll(java.util.List.of("name", "phone", "areaType", "district"));
        return body;
    }

    private static ValidatableResponse register(Map<String, Object> body) {
        return Callers.asAgent().contentType(ContentType.JSON).body(body).post("/api/v1/complaints").then();
    }

    @Test
    void aReleasedConsumerIsKnownAtRegistrationWhichFillsInWhatTheAgentLeftOut() throws Exception {
        String consumer = newConsumerNumber();
        send(envelope(released(consumer, "Aravali Castings Pvt Ltd", RM)));
        await().atMost(Duration.ofSeconds(30)).until(() -> nameInDirectory(consumer) != null);

        String rn = register(leavingOutConsumerDetails(consumer, "E1.1")).statusCode(201)
                .body("name", equalTo("Aravali Castings Pvt Ltd"))
                .body("phone", equalTo("9811122233"))
                .body("district", equalTo("Gurugram"))
                .body("areaType", equalTo("RURAL"))
                .body("consumerKnown", equalTo(true))
                .body("relationshipManager.id", equalTo("RM-GGN"))
                .body("notes", contains("filled in from the consumer directory: name, phone, district, areaType"))
                .extract().path("requestNumber");
        Callers.asAgent().get("/api/v1/complaints/{rn}", rn).then().statusCode(200)
                .body("name", equalTo("Aravali Castings Pvt Ltd"))
                .body("consumerNumber", equalTo(consumer));
    }

    @Test
    void aRedeliveredReleaseLeavesOneRowAndALaterReleaseOfTheSameConsumerUpdatesIt() throws Exception {
        String consumer = newConsumerNumber();
        IntegrationEvent release = envelope(released(consumer, "Sharma Steel Works", null));
        send(release);
        send(release);
        await().atMost(Duration.ofSeconds(30)).until(() -> nameInDirectory(consumer) != null);

        send(envelope(released(consumer, "Sharma Steel Works LLP", RM)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "Sharma Steel Works LLP".equals(nameInDirectory(consumer)));
        org.assertj.core.api.Assertions.assertThat(rowsOf(consumer)).isEqualTo(1);
    }

    @Test
    void anUnknownConsumerNumberStillRegistersAndTheAnswerSaysSo() {
        String consumer = newConsumerNumber();
        register(complaint(consumer, "E1.1")).statusCode(201)
                .body("consumerKnown", equalTo(false))
                .body("relationshipManager", nullValue())
                .body("notes", hasItem(containsString("is not in the consumer directory")))
                .body("name", equalTo("रमेश कुमार"));
    }

    @Test
    void anUnknownConsumerNumberWithoutTheConsumersDetailsIsRefusedNamingEachOne() {
        String consumer = newConsumerNumber();
        register(leavingOutConsumerDetails(consumer, "E1.1")).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "phone", "areaType", "district"))
                .body("errors.size()", equalTo(4));
        Callers.asAgent().queryParam("consumerNumber", consumer).get("/api/v1/complaints").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theSampleConsumersOfTheSeedFileAreKnown() {
        // 8100000058 (Palwal) in the seed file, which tests load; E3 so no other test's open complaint is repeated.
        register(leavingOutConsumerDetails("8100000058", "E3")).statusCode(201)
                .body("name", equalTo("Sharma General Store"))
                .body("district", equalTo("Palwal"))
                .body("areaType", equalTo("RURAL"))
                .body("consumerKnown", equalTo(true));
    }
}
