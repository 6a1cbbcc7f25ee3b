package com.discomcare.kit.deadletter;

import com.discomcare.kit.kafka.ReliableProducer;
import com.discomcare.contracts.Topics;
import com.discomcare.kit.rest.ResourceNotFoundException;
import com.discomcare.kit.rest.StateConflictException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The dead letters of this service's consumer groups ({@link ConsumedTopics}): read from each consumed topic's
 * dead-letter topic ({@link Topics#deadLetterTopicOf}), keeping the records whose {@code dlq-consumer-group} is the
 * group that consumes that topic here, and replayed on request.
 * <p>
 * Reading is incremental: each call reads only what was added since the last one and keeps a small summary of
 * each dead letter in memory (not its value), so listing and counting stay cheap while the topic grows.
 * <p>
 * Replay sends the original record (key, value, its own headers) again to its source topic, and records that in
 * {@code dead_letter_replay} in the same transaction, so it is listed as replayed and not replayed twice. Why
 * re-publish instead of handing the event to the handler here: it goes through the consumer exactly as the first
 * time (its transaction, de-duplication, retries, and a new dead letter if it still fails), and the kit needs no
 * hold on the handler. Other groups reading the topic get the record again and skip it, since consumers are
 * idempotent on {@code eventId} and only the failing group never recorded it. It lands behind events of the same
 * aggregate that came after it: a handler must accept that order (as it must for any redelivery).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration COUNTS_MAX_AGE = Duration.ofSeconds(10);
    private static final String REPLAYED = "SELECT dlq_topic, dlq_partition, dlq_offset, replayed_at "
            + "FROM dead_letter_replay";
    private static final String CLAIM_REPLAY = "INSERT INTO dead_letter_replay (dlq_topic, dlq_partition, dlq_offset, "
            + "consumer_group, source_topic, replayed_at) VALUES (?, ?, ?, ?, ?, now()) ON CONFLICT DO NOTHING";
    private static final String REPLAYED_TO = "UPDATE dead_letter_replay SET replayed_partition = ?, "
            + "replayed_offset = ? WHERE dlq_topic = ? AND dlq_partition = ? AND dlq_offset = ?";

    @Inject
    Instance<ConsumedTopics> consumedTopics;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** Dead letters of this service's groups read so far, by id, without their values. */
    private final Map<String, DeadLetter> read = new HashMap<>();
    private final Map<TopicPartition, Long> readUpTo = new HashMap<>();
    private final AtomicBoolean counting = new AtomicBoolean();
    private volatile PendingCounts counts = PendingCounts.NOT_READ;
    private ExecutorService counter;
    private KafkaConsumer<byte[], byte[]> reader;
    private KafkaProducer<byte[], byte[]> producer;

    /**
     * Pending (not replayed) dead letters per dead-letter topic, for health and metrics: never waits for Kafka.
     * Returns the last counts and, when they are older than a few seconds, counts again in the background.
     */
    public record PendingCounts(Map<String, Long> byTopic, String unreadable, Instant at) {

        static final PendingCounts NOT_READ = new PendingCounts(Map.of(), "not read yet", Instant.EPOCH);
    }

    /** The dead-letter topics of this service's consumed topics. */
    public List<String> deadLetterTopics() {
        return consumed().stream().map(c -> Topics.deadLetterTopicOf(c.topic())).distinct().sorted().toList();
    }

    public PendingCounts pendingCounts() {
        PendingCounts last = counts;
        if (last.at().plus(COUNTS_MAX_AGE).isBefore(Instant.now()) && counting.compareAndSet(false, true)) {
            counter().execute(() -> {
                try {
                    list();
                } catch (RuntimeException e) {
                    counts = new PendingCounts(counts.byTopic(), e.getMessage(), Instant.now());
                } finally {
                    counting.set(false);
                }
            });
        }
        return last;
    }

    /** Every dead letter of this service's groups, oldest first per topic and partition. */
    public synchronized List<DeadLetter> list() {
        readNew();
        Map<String, OffsetDateTime> replayed = replayed();
        List<DeadLetter> all = read.values().stream()
                .map(letter -> letter.replayedAt(replayed.get(letter.id())))
                .sorted(Comparator.comparing(DeadLetter::topic).thenComparing(DeadLetter::partition)
                        .thenComparing(DeadLetter::offset))
                .toList();
        Map<String, Long> pending = new TreeMap<>();
        deadLetterTopics().forEach(topic -> pending.put(topic, 0L));
        all.stream().filter(letter -> !letter.replayed()).forEach(letter -> pending.merge(letter.topic(), 1L, Long::sum));
        counts = new PendingCounts(pending, null, Instant.now());
        return all;
    }

    /**
     * Sends dead letter {@code id} again to its source topic for its consumer group.
     *
     * @throws ResourceNotFoundException if this service's groups have no such dead letter
     * @throws StateConflictException    if it was replayed already
     */
    public synchronized DeadLetter replay(String id) {
        readNew();
        DeadLetter letter = read.get(id);
        if (letter == null) {
            throw new ResourceNotFoundException("no dead letter " + id + " of this service's consumers");
        }
        DeadLetter replayed = replay(letter);
        list(); // counts again
        return replayed;
    }

    /** Replays every pending dead letter of this service's groups; returns them, replayed. */
    public synchronized List<DeadLetter> replayAll() {
        List<DeadLetter> replayed = new ArrayList<>();
        for (DeadLetter letter : list()) {
            if (!letter.replayed()) {
                replayed.add(replay(letter));
            }
        }
        list();
        return replayed;
    }

    private DeadLetter replay(DeadLetter letter) {
        if (letter.sourceTopic() == null) {
            throw new StateConflictException("Cannot replay", "dead letter " + letter.id()
                    + " does not name its source topic", "NO_SOURCE_TOPIC");
        }
        ConsumerRecord<byte[], byte[]> original = fetch(letter);
        RecordHeaders headers = new RecordHeaders();
        for (Header header : original.headers()) {
            if (!header.key().startsWith(DeadLetter.HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        OffsetDateTime replayedAt = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> {
            if (update(CLAIM_REPLAY, letter.topic(), letter.partition(), letter.offset(), letter.consumerGroup(),
                    letter.sourceTopic()) == 0) {
                throw new StateConflictException("Already replayed", "dead letter " + letter.id()
                        + " was replayed already", "REPLAYED");
            }
            RecordMetadata sent = send(new ProducerRecord<>(letter.sourceTopic(), null, original.key(),
                    original.value(), headers));
            update(REPLAYED_TO, sent.partition(), sent.offset(), letter.topic(), letter.partition(), letter.offset());
        });
        LOG.infof("replayed dead letter %s (event %s %s of %s) to %s for %s", letter.id(), letter.eventType(),
                letter.eventId(), letter.aggregateId(), letter.sourceTopic(), letter.consumerGroup());
        return letter.replayedAt(replayedAt);
    }

    /** Reads what the dead-letter topics got since the last call. */
    private void readNew() {
        Map<String, Set<String>> groupsByDeadLetterTopic = new HashMap<>();
        for (ConsumedTopics.ConsumedTopic consumed : consumed()) {
            groupsByDeadLetterTopic.computeIfAbsent(Topics.deadLetterTopicOf(consumed.topic()), t -> new HashSet<>())
                    .add(consumed.consumerGroup());
        }
        if (groupsByDeadLetterTopic.isEmpty()) {
            return;
        }
        try {
            KafkaConsumer<byte[], byte[]> consumer = reader();
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : groupsByDeadLetterTopic.keySet()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, KAFKA_TIMEOUT);
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            if (partitions.isEmpty()) {
                return; // no consumer of this service has dead-lettered anything yet
            }
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, KAFKA_TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
            List<TopicPartition> behind = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                long from = Math.max(readUpTo.getOrDefault(partition, 0L), begin.get(partition));
                // Records below the log start are gone (retention): so are their dead letters.
                read.values().removeIf(letter -> letter.topic().equals(partition.topic())
                        && letter.partition() == partition.partition() && letter.offset() < begin.get(partition));
                readUpTo.put(partition, from);
                if (from < end.get(partition)) {
                    behind.add(partition);
                }
            }
            if (behind.isEmpty()) {
                return;
            }
            consumer.assign(behind);
            behind.forEach(partition -> consumer.seek(partition, readUpTo.get(partition)));
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (behind.stream().anyMatch(p -> readUpTo.get(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("reading the dead-letter topics took longer than " + READ_TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue;
                    }
                    DeadLetter letter = summary(record);
                    if (groupsByDeadLetterTopic.get(record.topic()).contains(letter.consumerGroup())) {
                        read.put(letter.id(), letter);
                    }
                    readUpTo.put(partition, record.offset() + 1);
                }
                behind.forEach(p -> readUpTo.put(p, Math.max(readUpTo.get(p), consumer.position(p))));
            }
        } catch (KafkaException | TimeoutException e) {
            closeReader();
            throw kafkaUnavailable("read the dead-letter topics", e);
        }
    }

    /** The dead letter's original record, with its value. */
    private ConsumerRecord<byte[], byte[]> fetch(DeadLetter letter) {
        TopicPartition partition = new TopicPartition(letter.topic(), letter.partition());
        try {
            KafkaConsumer<byte[], byte[]> consumer = reader();
            consumer.assign(List.of(partition));
            consumer.seek(partition, letter.offset());
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == letter.offset()) {
                        return record;
                    }
                }
            }
            throw new TimeoutException("dead letter " + letter.id() + " could not be read");
        } catch (KafkaException | TimeoutException e) {
            closeReader();
            throw kafkaUnavailable("read dead letter " + letter.id(), e);
        }
    }

    private RecordMetadata send(ProducerRecord<byte[], byte[]> record) {
        try {
            return producer().send(record).get(KAFKA_TIMEOUT.toMillis() * 3, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw kafkaUnavailable("send to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            closeProducer(); // an idempotent producer that failed a send may refuse the next ones
            throw kafkaUnavailable("send to " + record.topic(), e);
        }
    }

    private DeadLetter summary(ConsumerRecord<byte[], byte[]> record) {
        JsonNode envelope = envelope(record.value());
        Long sourcePartition = number(header(record, DeadLetter.SOURCE_PARTITION));
        return new DeadLetter(DeadLetter.idOf(record.topic(), record.partition(), record.offset()), record.topic(),
                record.partition(), record.offset(), utf8(record.key()), text(envelope, "eventId"),
                text(envelope, "eventType"), text(envelope, "aggregateId"), header(record, DeadLetter.REASON),
                header(record, DeadLetter.FAILED_AT), header(record, DeadLetter.SOURCE_TOPIC),
                sourcePartition == null ? null : sourcePartition.intValue(),
                number(header(record, DeadLetter.SOURCE_OFFSET)), header(record, DeadLetter.CONSUMER_GROUP),
                false, null);
    }

    private JsonNode envelope(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (Exception e) {
            return null; // not an envelope: listed without event fields
        }
    }

    private static String text(JsonNode envelope, String field) {
        JsonNode value = envelope == null || !envelope.isObject() ? null : envelope.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : utf8(header.value());
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private Map<String, OffsetDateTime> replayed() {
        Map<String, OffsetDateTime> replayed = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(REPLAYED);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                replayed.put(DeadLetter.idOf(rows.getString(1), rows.getInt(2), rows.getLong(3)),
                        rows.getObject(4, OffsetDateTime.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read dead_letter_replay", e);
        }
        return replayed;
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the replay: " + e.getMessage(), e);
        }
    }

    private List<ConsumedTopics.ConsumedTopic> consumed() {
        List<ConsumedTopics.ConsumedTopic> all = new ArrayList<>();
        consumedTopics.forEach(topics -> all.addAll(topics.consumedTopics()));
        return all;
    }

    private static WebApplicationException kafkaUnavailable(String action, Exception cause) {
        return new WebApplicationException("could not " + action + ": Kafka did not answer (" + cause + ")",
                cause, 503);
    }

    private synchronized ExecutorService counter() {
        if (counter == null) {
            counter = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "dead-letter-counter");
                thread.setDaemon(true);
                return thread;
            });
        }
        return counter;
    }

    private KafkaConsumer<byte[], byte[]> reader() {
        if (reader == null) {
            reader = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                    ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis(),
                    ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis(),
                    ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader"),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }
        return reader;
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = ReliableProducer.create(bootstrapServers, "dead-letter-replay", new ByteArraySerializer(),
                    new ByteArraySerializer());
        }
        return producer;
    }

    private void closeReader() {
        if (reader != null) {
            reader.close(CloseOptions.timeout(Duration.ZERO));
            reader = null;
        }
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    synchronized void close(@Observes ShutdownEvent shutdown) {
        if (counter != null) {
            counter.shutdownNow();
        }
        closeReader();
        closeProducer();
    }
}
