package com.discomcare.complaint.outbox;

import com.discomcare.complaint.Callers;
import com.discomcare.complaint.config.ComplaintServiceDefinition;
import com.discomcare.contracts.Topics;
import com.discomcare.kit.runtime.ServiceRuntime;
import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(TestStack.class)
class KafkaOutboxTest {

    /** Longer than the producer's delivery timeout, 15 s in service-kit's KafkaOutbox. */
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @Inject
    ServiceRuntime axon;

    @Test
    void everyStepReachesTheTopicInOrderInTheEnvelope() {
        String correlationId = UUID.randomUUID().toString();
        String rn = Callers.asAgent().contentType(ContentType.JSON).header("X-Correlation-Id", correlationId)
                .body(complaint("CN-K-" + UUID.randomUUID().toString().substring(0, 8), "E1.3"))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("requestNumber");
        Callers.asCro().contentType(ContentType.JSON)
                .body(Map.of("engineerId", "JE-7", "engineerName", "Asha"))
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
            assertThat(assigned.at("/payload/by").asText()).isEqualTo("CRO-GGN");
            assertThat(assigned.at("/payload/byName").asText()).isEqualTo("Anita Sharma");
            assertThat(assigned.at("/payload/byRole").asText()).isEqualTo("cro");
        }
    }

    /**
     * The broker stays down longer than the producer's delivery timeout (15 s in service-kit's KafkaOutbox), so the
     * sends of the first batch expire unacknowledged: the batch rolls back, its token stays where it was, and the
     * same events are sent again once the broker is back. Few complaints, because every send of a retried batch may
     * wait up to the producer's 5 s for metadata while the broker is down.
     */
    @Test
    void eventsNotAcknowledgedDuringAnOutageAreSentAgainWhenTheBrokerIsBack() {
        OutboxAttempts attempts = new OutboxAttempts(outboxProcessor());
        List<String> requestNumbers = new ArrayList<>();
        try (attempts) {
            awaitOnTopic(List.of(register(complaint(uniqueConsumer(), "E1.1"))));
            try {
                TestStack.kafka().stop();
                long stoppedAt = System.nanoTime();
                for (int i = 0; i < 5; i++) {
                    requestNumbers.add(register(complaint(uniqueConsumer(), "E1.1")));
                }
                await().atMost(Duration.ofSeconds(90)).until(() -> attempts.rolledBackAny(requestNumbers)
                        && Duration.ofNanos(System.nanoTime() - stoppedAt).compareTo(OUTAGE) >= 0);
            } finally {
                TestStack.kafka().start();
            }
            assertEveryEventArrivesUnderItsEventId(requestNumbers, attempts);
            assertThat(attempts.handledMoreThanOnce(requestNumbers)).as("events sent again after a rollback")
                    .isNotEmpty();
        }
    }

    /** A restart of the outbox's processor during an outage starts from the token it held: nothing is lost. */
    @Test
    void theOutboxProcessorRestartedDuringAnOutageSendsEverythingWhenTheBrokerIsBack() {
        TrackingEventProcessor processor = outboxProcessor();
        OutboxAttempts attempts = new OutboxAttempts(processor);
        List<String> requestNumbers = new ArrayList<>();
        try (attempts) {
            awaitOnTopic(List.of(register(complaint(uniqueConsumer(), "E1.1"))));
            try {
                TestStack.kafka().stop();
                for (int i = 0; i < 3; i++) {
                    requestNumbers.add(register(complaint(uniqueConsumer(), "E1.1")));
                }
                await().atMost(Duration.ofSeconds(90)).until(() -> attempts.rolledBackAny(requestNumbers));

                processor.shutDown();
                int handledBeforeRestart = attempts.handled(requestNumbers);
                processor.start();
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> attempts.handled(requestNumbers) > handledBeforeRestart);
            } finally {
                TestStack.kafka().start();
                if (!processor.isRunning()) {
                    processor.start();
                }
            }
            assertEveryEventArrivesUnderItsEventId(requestNumbers, attempts);
        }
    }

    /**
     * At least once, none missing: each complaint's registration reaches the topic, every copy under the event id
     * the outbox read from the event store, so a consumer can tell a copy sent again from a new event.
     */
    private static void assertEveryEventArrivesUnderItsEventId(List<String> requestNumbers, OutboxAttempts attempts) {
        try (var topic = new TopicReader(TestStack.kafka().bootstrapServers(), Topics.COMPLAINTS)) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                topic.poll();
                for (String rn : requestNumbers) {
                    assertThat(topic.of(rn)).as("messages of %s", rn).isNotEmpty()
                            .allSatisfy(m -> assertThat(m.eventType()).isEqualTo("ComplaintRegistered"))
                            .allSatisfy(m -> assertThat(m.envelope().get("eventId").asText())
                                    .isEqualTo(attempts.eventIdOf(rn)));
                }
            });
        }
    }

    private static void awaitOnTopic(List<String> requestNumbers) {
        try (var topic = new TopicReader(TestStack.kafka().bootstrapServers(), Topics.COMPLAINTS)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> requestNumbers.stream()
                    .allMatch(rn -> !topic.of(rn).isEmpty()));
        }
    }

    private TrackingEventProcessor outboxProcessor() {
        return axon.configuration().eventProcessingConfiguration()
                .eventProcessor(ComplaintServiceDefinition.OUTBOX, TrackingEventProcessor.class).orElseThrow();
    }

    private static String uniqueConsumer() {
        return "CN-OUT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * What the outbox's processor does with each event while this is open: how often it handed the event to the
     * outbox, and how often that batch rolled back (Kafka did not acknowledge it).
     */
    private static final class OutboxAttempts implements AutoCloseable {

        private final Map<String, String> eventIds = new ConcurrentHashMap<>();
        private final Map<String, Integer> handled = new ConcurrentHashMap<>();
        private final Map<String, Integer> rolledBack = new ConcurrentHashMap<>();
        private final Registration registration;

        OutboxAttempts(TrackingEventProcessor processor) {
            registration = processor.registerHandlerInterceptor((unitOfWork, chain) -> {
                var message = (DomainEventMessage<?>) unitOfWork.getMessage();
                String rn = message.getAggregateIdentifier();
                eventIds.putIfAbsent(rn, message.getIdentifier());
                handled.merge(rn, 1, Integer::sum);
                unitOfWork.onRollback(rolledBackUnit -> rolledBack.merge(rn, 1, Integer::sum));
                return chain.proceed();
            });
        }

        /** The id of the complaint's registration; each complaint here has only that one event. */
        String eventIdOf(String requestNumber) {
            return eventIds.get(requestNumber);
        }

        boolean rolledBackAny(List<String> requestNumbers) {
            return requestNumbers.stream().anyMatch(rolledBack::containsKey);
        }

        int handled(List<String> requestNumbers) {
            return requestNumbers.stream().mapToInt(rn -> handled.getOrDefault(rn, 0)).sum();
        }

        List<String> handledMoreThanOnce(List<String> requestNumbers) {
            return requestNumbers.stream().filter(rn -> handled.getOrDefault(rn, 0) > 1).toList();
        }

        @Override
        public void close() {
            registration.cancel();
        }
    }
}
