package com.discomcare.kit.kafka;

import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.JsonMapping;
import com.discomcare.contracts.Topics;
import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.complaint.Channel;
import com.discomcare.contracts.complaint.ClockType;
import com.discomcare.contracts.complaint.ComplaintEvent;
import com.discomcare.contracts.complaint.ComplaintRegistered;
import com.discomcare.contracts.complaint.Language;
import com.discomcare.localstack.TestStack;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer in a Quarkus application on a real PostgreSQL (JTA, Agroal, Flyway) and a real Kafka broker, with
 * complaint events on a topic of each test's own.
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @ResourceArg(name = "database", value = "service_kit"))
class IdempotentConsumerTest {

    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    private final List<AutoCloseable> toClose = new ArrayList<>();
    /** How often the handler was called, per event id. */
    private final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
    }

    @Test
    void anEventIsHandledOnceWithItsEffectAndItsProcessedRecordCommittedTogether() throws Exception {
        String topic = newTopic();
        String group = newGroup();
        start(topic, group, (ignored, envelope) -> recordEffect(envelope));

        IntegrationEvent event = event("CASE-1");
        send(topic, event);

        await().atMost(WAIT).until(() -> effects(group, event.eventId()) == 1);
        assertThat(processed(group, event.eventId())).isEqualTo(1);
        assertThat(calls(event)).isEqualTo(1);
    }

    @Test
    void anEventDeliveredTwiceTakesEffectOnce() throws Exception {
        String topic = newTopic();
        String group = newGroup();
        start(topic, group, (ignored, envelope) -> recordEffect(envelope));

        IntegrationEvent event = event("CASE-2");
        IntegrationEvent later = event("CASE-2");
        send(topic, event);
        send(topic, event);
        send(topic, later);

        await().atMost(WAIT).until(() -> effects(group, later.eventId()) == 1);
        assertThat(effects(group, event.eventId())).isEqualTo(1);
        assertThat(processed(group, event.eventId())).isEqualTo(1);
        assertThat(calls(event)).isEqualTo(1);
    }

    @Test
    void eventsOfTypesTheHandlerDoesNotTakeArePassedOverWithoutARecord() throws Exception {
        String topic = newTopic();
        String group = newGroup();
        start(topic, group, (event, envelope) -> recordEffect(envelope),
                event -> event.requestNumber().equals("CASE-9") && ((ComplaintRegistered) event).phone().equals("9876543210"));

        IntegrationEvent ignored = event("CASE-9", "9812345678");
        IntegrationEvent taken = event("CASE-9"); // behind the ignored one on the same partition
        send(topic, ignored);
        send(topic, taken);

        await().atMost(WAIT).until(() -> effects(group, taken.eventId()) == 1);
        assertThat(calls(ignored)).isZero();
        assertThat(processed(group, ignored.eventId())).isZero();
        assertThat(topicExists(Topics.deadLetterTopicOf(topic))).isFalse();
    }

    @Test
    void anEventThatAlwaysFailsGoesToTheDeadLetterTopicAfterMaxAttemptsAndDoesNotBlockItsPartition()
            throws Exception {
        String topic = newTopic();
        String group = newGroup();
        IntegrationEvent poison = event("CASE-3");
        start(topic, group, (ignored, e) -> {
            if (e.eventId().equals(poison.eventId())) {
                calls.computeIfAbsent(e.eventId(), id -> new AtomicInteger()).incrementAndGet();
                recordEffectWithoutCounting(e); // rolled back with the failure
                throw new IllegalStateException("no officer for district Nowhere");
            }
            recordEffect(e);
        });

        String poisonJson = JSON.writeValueAsString(poison);
        RecordMetadata sent = send(topic, poison.aggregateId(), poisonJson);
        IntegrationEvent next = event("CASE-3"); // same key, so the same partition, behind the poison
        send(topic, next);

        await().atMost(WAIT).until(() -> effects(group, next.eventId()) == 1);
        ConsumerRecord<String, String> dead = deadLetters(topic, 1).getFirst();
        assertThat(dead.key()).isEqualTo("CASE-3");
        assertThat(dead.value()).isEqualTo(poisonJson);
        assertThat(header(dead, "dlq-reason"))
                .isEqualTo("java.lang.IllegalStateException: no officer for district Nowhere");
        assertThat(header(dead, "dlq-source-topic")).isEqualTo(topic);
        assertThat(header(dead, "dlq-source-partition")).isEqualTo(Integer.toString(sent.partition()));
        assertThat(header(dead, "dlq-source-offset")).isEqualTo(Long.toString(sent.offset()));
        assertThat(OffsetDateTime.parse(header(dead, "dlq-failed-at"))).isNotNull();
        assertThat(header(dead, "dlq-consumer-group")).isEqualTo(group);
        assertThat(calls(poison)).isEqualTo(3);
        assertThat(effects(group, poison.eventId())).isZero();
        assertThat(processed(group, poison.eventId())).isZero();
    }

    @Test
    void aPoisonEventInABatchIsDeadLetteredAloneAndTheRestOfTheBatchTakesEffectOnce() throws Exception {
        String topic = newTopic();
        String group = newGroup();
        List<IntegrationEvent> events = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            events.add(event("CASE-B")); // one key: one partition, so one poll and one batch, in order
        }
        IntegrationEvent poison = events.get(3);
        for (IntegrationEvent event : events) {
            send(topic, event); // all waiting before the consumer starts
        }
        start(topic, group, (ignored, e) -> {
            recordEffect(e);
            if (e.eventId().equals(poison.eventId())) {
                throw new IllegalStateException("cannot apply " + e.eventId());
            }
        });

        ConsumerRecord<String, String> dead = deadLetters(topic, 1).getFirst();
        assertThat(dead.value()).isEqualTo(JSON.writeValueAsString(poison));
        await().atMost(WAIT).until(() -> events.stream().filter(e -> e != poison)
                .allMatch(e -> uncheckedEffects(group, e.eventId()) == 1));
        assertThat(effects(group, poison.eventId())).isZero();
        // The poison had its 3 attempts (the first in the batch); the events before it ran in the failed batch
        // and once more alone, those after it only alone: each took effect once.
        assertThat(calls(poison)).isEqualTo(3);
        assertThat(calls(events.get(0))).isEqualTo(2);
        assertThat(calls(events.get(4))).isEqualTo(1);
    }

    @Test
    void textThatPostgresqlCannotStoreIsMadeSafeInsteadOfDeadLettered() throws Exception {
        String topic = newTopic();
        String group = newGroup();
        start(topic, group, (event, envelope) -> recordEffect(envelope, ((ComplaintRegistered) event).name()));

        IntegrationEvent hostile = event("CASE-N", "9876543210", "Asha\u0000 LONE Devi");
        // A lone surrogate survives only as a JSON escape: Java would turn the char itself into '?' in UTF-8.
        send(topic, hostile.aggregateId(), JSON.writeValueAsString(hostile).replace("LONE", "\\ud800"));

        await().atMost(WAIT).until(() -> effects(group, hostile.eventId()) == 1);
        assertThat(note(group, hostile.eventId())).isEqualTo("Asha\uFFFD \uFFFD Devi");
        assertThat(topicExists(Topics.deadLetterTopicOf(topic))).isFalse();
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAtOnce() throws Exception {
        String topic = newTopic();
        String group = newGroup();
        start(topic, group, (event, envelope) -> recordEffect(envelope));

        send(topic, "CASE-4", "this is { not json");
        String noEventId = "{\"eventType\":\"ComplaintRegistered\",\"aggregateId\":\"CASE-4\"}";
        send(topic, "CASE-4", noEventId);
        IntegrationEvent unknownType = withType(event("CASE-4"), "ComplaintTeleported");
        send(topic, unknownType);
        IntegrationEvent wrongPayload = withPayload(event("CASE-4"), JSON.createObjectNode().put("at", "yesterday"));
        send(topic, wrongPayload);
        IntegrationEvent next = event("CASE-4");
        send(topic, next);

        await().atMost(WAIT).until(() -> effects(group, next.eventId()) == 1);
        List<ConsumerRecord<String, String>> dead = deadLetters(topic, 4);
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly("this is { not json", noEventId,
                JSON.writeValueAsString(unknownType), JSON.writeValueAsString(wrongPayload));
        assertThat(header(dead.get(0), "dlq-reason")).startsWith("unreadable: ");
        assertThat(header(dead.get(1), "dlq-reason"))
                .isEqualTo("unreadable: the envelope lacks eventId, eventType or payload");
        assertThat(header(dead.get(2), "dlq-reason"))
                .isEqualTo("unknown event type 'ComplaintTeleported' on " + topic);
        assertThat(header(dead.get(3), "dlq-reason")).startsWith("unreadable payload of ComplaintRegistered: ");
        assertThat(calls).containsOnlyKeys(next.eventId());
    }

    @Test
    void aConsumerStartedWhileTheBrokerIsDownProcessesEventsOnceItIsBack() throws Exception {
        String topic = newTopic();
        String group = newGroup();
        TestStack.kafka().stop();
        try {
            start(topic, group, (event, envelope) -> recordEffect(envelope)); // returns although nothing answers
            Thread.sleep(1_500); // polling a broker that is not there
        } finally {
            TestStack.kafka().start();
        }
        IntegrationEvent first = event("CASE-5");
        IntegrationEvent second = event("CASE-6");
        send(topic, first);
        send(topic, second);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> effects(group, first.eventId()) == 1 && effects(group, second.eventId()) == 1);
    }

    @Test
    void aDatabaseConnectionLostInTheHandlerIsRetriedBeyondMaxAttemptsAndNotDeadLettered() throws Exception {
        String topic = newTopic();
        String group = newGroup();
        AtomicInteger connectionsToKill = new AtomicInteger(4); // more than maxAttempts (3)
        start(topic, group, (ignored, e) -> {
            recordEffect(e);
            if (connectionsToKill.getAndDecrement() > 0) {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SELECT pg_terminate_backend(pg_backend_pid())"); // the server drops us
                }
            }
        });

        IntegrationEvent event = event("CASE-7");
        send(topic, event);

        await().atMost(WAIT).until(() -> effects(group, event.eventId()) == 1);
        assertThat(calls(event)).isEqualTo(5);
        assertThat(processed(group, event.eventId())).isEqualTo(1);
        assertThat(topicExists(Topics.deadLetterTopicOf(topic))).isFalse();
    }

    @Test
    void whenProcessedEventsCannotBeRecordedTheRecordWaitsInsteadOfBeingDeadLettered() throws Exception {
        String topic = newTopic();
        String group = newGroup();
        IntegrationEvent event = event("CASE-8");
        execute("ALTER TABLE processed_event RENAME TO processed_event_away");
        try {
            start(topic, group, (ignored, envelope) -> recordEffect(envelope));
            send(topic, event);
            Thread.sleep(2_000); // several attempts fail on the missing table
            assertThat(calls).isEmpty();
            assertThat(topicExists(Topics.deadLetterTopicOf(topic))).isFalse();
        } finally {
            execute("ALTER TABLE processed_event_away RENAME TO processed_event");
        }
        await().atMost(WAIT).until(() -> effects(group, event.eventId()) == 1);
        assertThat(processed(group, event.eventId())).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------------------------

    private void start(String topic, String group, TestSubscribers.Handler handler) {
        start(topic, group, handler, event -> true);
    }

    /** Consumes complaint events from {@code topic}; events {@code concerns} refuses need no work. */
    private void start(String topic, String group, TestSubscribers.Handler handler, Predicate<ComplaintEvent> concerns) {
        IdempotentConsumer<ComplaintEvent> consumer = IdempotentConsumer.builder(
                        TestSubscribers.subscriber(topic, handler, concerns))
                .bootstrapServers(TestStack.kafka().bootstrapServers())
                .groupId(group)
                .dataSource(dataSource)
                .json(JSON)
                .batchSize(5)
                .build();
        toClose.add(consumer);
        consumer.start();
    }

    /** The handler's effect, written in the consumer's transaction. */
    private void recordEffect(IntegrationEvent event) throws SQLException {
        recordEffect(event, event.eventType());
    }

    private void recordEffect(IntegrationEvent event, String note) throws SQLException {
        calls.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
        recordEffectWithoutCounting(event, note);
    }

    private void recordEffectWithoutCounting(IntegrationEvent event) throws SQLException {
        recordEffectWithoutCounting(event, event.eventType());
    }

    private void recordEffectWithoutCounting(IntegrationEvent event, String note) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO consumed_effect (consumer_group, event_id, aggregate_id, note) "
                             + "SELECT consumer_group, event_id, ?, ? FROM processed_event "
                             + "WHERE event_id = ?")) {
            insert.setString(1, event.aggregateId());
            insert.setString(2, note);
            insert.setObject(3, event.eventId());
            assertThat(insert.executeUpdate()).as("the processed_event row, visible in the same transaction")
                    .isEqualTo(1);
        }
    }

    private int calls(IntegrationEvent event) {
        AtomicInteger count = calls.get(event.eventId());
        return count == null ? 0 : count.get();
    }

    private long effects(String group, UUID eventId) throws SQLException {
        return count("SELECT count(*) FROM consumed_effect WHERE consumer_group = ? AND event_id = ?", group, eventId);
    }

    private long uncheckedEffects(String group, UUID eventId) {
        try {
            return effects(group, eventId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String note(String group, UUID eventId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT note FROM consumed_effect WHERE consumer_group = ? AND event_id = ?")) {
            query.setString(1, group);
            query.setObject(2, eventId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private long processed(String group, UUID eventId) throws SQLException {
        return count("SELECT count(*) FROM processed_event WHERE consumer_group = ? AND event_id = ?", group, eventId);
    }

    private long count(String sql, String group, UUID eventId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, group);
            query.setObject(2, eventId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static IntegrationEvent event(String aggregateId) {
        return event(aggregateId, "9876543210");
    }

    private static IntegrationEvent event(String aggregateId, String phone) {
        return event(aggregateId, phone, "Asha Devi");
    }

    /** A ComplaintRegistered of complaint {@code aggregateId}, as complaint-service publishes it. */
    private static IntegrationEvent event(String aggregateId, String phone, String name) {
        Instant now = Instant.now();
        var registered = new ComplaintRegistered(aggregateId, null, name, phone, "E1.1", AreaType.URBAN,
                "Gurugram", "Sector 43", "No supply", Channel.CALL_CENTRE, Language.ENGLISH, ClockType.WORKING_HOURS,
                now.plus(Duration.ofHours(4)), "AGENT-1", "Priya Nair", "agent", now);
        return new IntegrationEvent(UUID.randomUUID(), "ComplaintRegistered", aggregateId, 0,
                OffsetDateTime.now(), 1, UUID.randomUUID().toString(), JSON.valueToTree(registered));
    }

    private static IntegrationEvent withPayload(IntegrationEvent event, com.fasterxml.jackson.databind.JsonNode payload) {
        return new IntegrationEvent(event.eventId(), event.eventType(), event.aggregateId(), event.sequence(),
                event.occurredAt(), event.schemaVersion(), event.correlationId(), payload);
    }

    private static IntegrationEvent withType(IntegrationEvent event, String eventType) {
        return new IntegrationEvent(event.eventId(), eventType, event.aggregateId(), event.sequence(),
                event.occurredAt(), event.schemaVersion(), event.correlationId(), event.payload());
    }

    private static String newTopic() {
        String topic = "kit-test-" + UUID.randomUUID();
        TestStack.kafka().createTopics(topic);
        return topic;
    }

    private static String newGroup() {
        return "kit-test-group-" + UUID.randomUUID();
    }

    private RecordMetadata send(String topic, IntegrationEvent event) throws Exception {
        return send(topic, event.aggregateId(), JSON.writeValueAsString(event));
    }

    private RecordMetadata send(String topic, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Waits for {@code expected} records on the topic's dead-letter topic, and for no more for a moment. */
    private static List<ConsumerRecord<String, String>> deadLetters(String topic, int expected) {
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (var reader = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            reader.subscribe(List.of(Topics.deadLetterTopicOf(topic)));
            await().atMost(WAIT).until(() -> {
                reader.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.size() >= expected;
            });
            reader.poll(Duration.ofMillis(500)).forEach(received::add);
        }
        assertThat(received).hasSize(expected);
        return received;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static boolean topicExists(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestStack.kafka().bootstrapServers()))) {
            Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            return names.contains(topic);
        }
    }
}
