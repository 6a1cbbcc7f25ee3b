package com.discomcare.complaint.consumer;

import com.discomcare.complaint.Callers;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.JsonMapping;
import com.discomcare.contracts.Topics;
import com.discomcare.contracts.escalation.EscalationRaised;
import com.discomcare.contracts.escalation.Officer;
import com.discomcare.contracts.escalation.OfficerRole;
import com.discomcare.localstack.TestStack;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** escalations.v1 -> the complaint: level, holder and history, each escalation once even when delivered twice. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class EscalationRecordingTest {

    private static final ObjectMapper JSON = JsonMapping.newMapper();

    @Test
    void eachEscalationIsRecordedOnceOnItsComplaint() throws Exception {
        String rn = register(complaint("CN-E-" + UUID.randomUUID().toString().substring(0, 8), "E1.1"));
        var first = envelope(new EscalationRaised(rn, 1, OfficerRole.CUSTOMER_SERVICE_MANAGER,
                new Officer("CSM-GGN", "Vikram Yadav", "9810000012"), "Gurugram", Duration.ZERO, Instant.now(), Instant.now()));
        var third = envelope(new EscalationRaised(rn, 3, OfficerRole.CIRCLE_HEAD,
                new Officer("CH-GGN", "Rajesh Malhotra", "9810000001"), "Gurugram", Duration.ofHours(12), null, Instant.now()));
        for (IntegrationEvent event : new IntegrationEvent[]{first, first, third}) {
            send(event);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Callers.asAgent().get("/api/v1/complaints/{rn}", rn)
                .then().statusCode(200)
                .body("escalationLevel", equalTo(3))
                .body("holder.role", equalTo("CIRCLE_HEAD"))
                .body("holder.name", equalTo("Rajesh Malhotra")));
        Callers.asAgent().get("/api/v1/complaints/{rn}/history", rn).then().statusCode(200)
                .body("findAll { it.eventType == 'ComplaintEscalated' }", hasSize(2))
                .body("findAll { it.eventType == 'ComplaintEscalated' }.payload.tier", equalTo(java.util.List.of(1, 3)))
                .body("findAll { it.eventType == 'ComplaintEscalated' }.payload.by",
                        equalTo(java.util.List.of("escalation-service", "escalation-service")));
    }

    /** A reopened complaint starts a new escalation ladder: level 0, back with the district's CRO. */
    @Test
    void reopeningClearsTheEscalationLevelAndHolder() throws Exception {
        String consumer = "CN-E-" + UUID.randomUUID().toString().substring(0, 8);
        String rn = register(complaint(consumer, "E1.1"));
        send(envelope(new EscalationRaised(rn, 2, OfficerRole.DISTRICT_MANAGER,
                new Officer("DM-GGN", "Sunita Rao", "9810000013"), "Gurugram", Duration.ofHours(8), Instant.now(),
                Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Callers.asAgent().get("/api/v1/complaints/{rn}", rn).then().statusCode(200)
                    .body("escalationLevel", equalTo(2))
                    .body("holder.role", equalTo("DISTRICT_MANAGER"));
            Callers.asAgent().queryParam("consumerNumber", consumer).get("/api/v1/complaints").then().statusCode(200)
                    .body("items[0].escalationLevel", equalTo(2));
        });

        step(rn, "assignment", Map.of("engineerId", "JE-1042", "engineerName", "Suresh"));
        step(rn, "resolution", Map.of("resolutionCode", "FUSE_REPLACED", "remarks", "fuse replaced"));
        step(rn, "reopening", Map.of("reason", "Supply failed again"))
                .body("status", equalTo("REOPENED"))
                .body("escalationLevel", equalTo(0))
                .body("holder", nullValue());

        Callers.asAgent().get("/api/v1/complaints/{rn}", rn).then().statusCode(200)
                .body("escalationLevel", equalTo(0))
                .body("holder", nullValue());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Callers.asAgent().queryParam("consumerNumber", consumer).get("/api/v1/complaints").then().statusCode(200)
                        .body("items[0].status", equalTo("REOPENED"))
                        .body("items[0].escalationLevel", equalTo(0)));
    }

    private static ValidatableResponse step(String rn, String step, Map<String, Object> body) {
        return Callers.as(Callers.forStep(step)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/complaints/{rn}/" + step, rn).then().statusCode(200);
    }

    private static void send(IntegrationEvent event) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ESCALATIONS, event.aggregateId(), JSON.writeValueAsString(event)))
                    .get();
        }
    }

    /** Without a correlation id, like the escalations that timers raise. */
    private static IntegrationEvent envelope(EscalationRaised raised) {
        return new IntegrationEvent(UUID.randomUUID(), "EscalationRaised", raised.requestNumber(), raised.tier(),
                Instant.now().atOffset(ZoneOffset.UTC), 1, null, JSON.valueToTree(raised));
    }
}
