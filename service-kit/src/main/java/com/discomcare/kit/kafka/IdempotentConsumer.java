package com.discomcare.kit.kafka;

import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.JsonMapping;
import com.discomcare.contracts.Topics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Consumes another service's topic idempotently (ARCHITECTURE.md, "Events on Kafka"): each record's envelope is
 * handed to an {@link IntegrationEventHandler} in a JTA transaction that also records its {@code eventId} as
 * processed, so that the effect and the record commit together and a second delivery of the event is skipped.
 * <p>
 * Each service's Flyway migration creates the table, in the service's own database:
 * <pre>{@code
 * CREATE TABLE processed_event (
 *     consumer_group VARCHAR(100) NOT NULL,
 *     event_id       UUID         NOT NULL,
 *     processed_at   TIMESTAMPTZ  NOT NULL,
 *     PRIMARY KEY (consumer_group, event_id)
 * );
 * }</pre>
 * Rows are never deleted by the consumer; a service may delete those older than the topic's retention.
 * <p>
 * What happens to a record:
 * <ul>
 * <li>Not an envelope (not JSON, not the envelope's shape, no {@code eventId}): sent to the dead-letter topic at
 *     once, with reason {@code unreadable: ...}.</li>
 * <li>An event type the handler does not {@linkplain IntegrationEventHandler#handles handle}: passed over.</li>
 * <li>Its {@code eventId} already in {@code processed_event} for this consumer group: skipped.</li>
 * <li>The handler throws: rolled back and tried again, up to {@code maxAttempts} in all with a short pause
 *     between attempts; then sent to {@code <topic>.dlq} ({@link Topics#deadLetterTopicOf}) with the same key,
 *     value and headers plus {@code dlq-reason} (exception class and message), {@code dlq-source-topic},
 *     {@code dlq-source-partition}, {@code dlq-source-offset}, {@code dlq-failed-at} and
 *     {@code dlq-consumer-group}, logged at WARN, and passed, so that it never blocks its partition.</li>
 * <li>The database is unreachable (the {@code processed_event} insert fails, or the failure is caused by a
 *     connection error: SQLState class {@code 08}, {@code 57P01}-{@code 57P03}, {@code 53300}), or Kafka does not
 *     take the dead letter: not the record's fault, so it is neither dead-lettered nor passed. The consumer
 *     goes back to the same record and tries again, pausing longer each time (up to 5 s), until it works.</li>
 * </ul>
 * Offsets are committed by hand after the records before them were processed: delivery is at least once, and
 * the {@code processed_event} check makes processing effectively once. A crash between a dead letter and its
 * offset commit may repeat the dead letter. Records of one partition are handled one at a time, in order, with a
 * CDI request context active. An {@link Error} from the handler (not an exception) is not dead-lettered: the
 * consumer logs it and starts again from its committed offsets.
 * <p>
 * {@link #start()} returns at once: one background thread connects, and keeps trying while Kafka is down, so a
 * service starts without its broker. A service builds one per topic it reads, with its Quarkus (Agroal)
 * datasource, starts it on {@code StartupEvent} and {@link #close()}s it on {@code ShutdownEvent}:
 * <pre>{@code
 * consumer = IdempotentConsumer.builder()
 *         .bootstrapServers(bootstrapServers).groupId("escalation-service").topic(Topics.COMPLAINTS)
 *         .dataSource(dataSource).json(objectMapper).handler(this::onComplaintEvent)
 *         .build();
 * consumer.start();
 * }</pre>
 */
public final class IdempotentConsumer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final String RECORD_PROCESSED =
            "INSERT INTO processed_event (consumer_group, event_id, processed_at) VALUES (?, ?, now()) "
                    + "ON CONFLICT DO NOTHING";
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration FIRST_UNAVAILABLE_PAUSE = Duration.ofMillis(250);
    private static final Duration MAX_UNAVAILABLE_PAUSE = Duration.ofSeconds(5);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
    private static final Set<String> UNAVAILABLE_SQL_STATES = Set.of(
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now
            "53300"  // too_many_connections
    );

    private final String bootstrapServers;
    private final String groupId;
    private final String topic;
    private final IntegrationEventHandler handler;
    private final ObjectMapper json;
    private final DataSource dataSource;
    private final int maxAttempts;
    private final List<Duration> retryPauses;
    private final int maxPollRecords;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile boolean running;
    private volatile Thread thread;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private DeadLetterPublisher deadLetters;
    private Duration unavailablePause = Duration.ZERO;

    private IdempotentConsumer(Builder builder) {
        this.bootstrapServers = require(builder.bootstrapServers, "bootstrapServers");
        this.groupId = require(builder.groupId, "groupId");
        this.topic = require(builder.topic, "topic");
        this.handler = Objects.requireNonNull(builder.handler, "handler");
        this.dataSource = Objects.requireNonNull(builder.dataSource, "dataSource");
        this.json = builder.json != null ? builder.json : JsonMapping.newMapper();
        this.maxAttempts = builder.maxAttempts;
        this.retryPauses = List.copyOf(builder.retryPauses);
        this.maxPollRecords = builder.maxPollRecords;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the polling thread and returns at once, also while Kafka is down. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already started or closed");
        }
        running = true;
        thread = new Thread(this::run, "idempotent-consumer-" + groupId + "-" + topic);
        thread.setDaemon(true);
        thread.start();
        LOG.infof("consuming %s as %s", topic, groupId);
    }

    /**
     * Stops polling after the record at hand, commits what was processed, closes the Kafka clients; waits up to
     * 10 s for that.
     */
    @Override
    public void close() {
        started.set(true); // no start() after close()
        running = false;
        stopping.countDown();
        KafkaConsumer<byte[], byte[]> polling = consumer;
        if (polling != null) {
            polling.wakeup(); // ends a poll at once; the only method of a consumer that another thread may call
        }
        Thread worker = thread;
        if (worker == null || worker == Thread.currentThread()) {
            return;
        }
        try {
            worker.join(CLOSE_TIMEOUT.toMillis());
            if (worker.isAlive()) {
                LOG.warnf("consumer of %s as %s did not stop within %s; interrupting it", topic, groupId,
                        CLOSE_TIMEOUT);
                worker.interrupt();
                worker.join(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String topic() {
        return topic;
    }

    public String groupId() {
        return groupId;
    }

    // ------------------------------------------------------------------------------------------------------------
    // The polling thread
    // ------------------------------------------------------------------------------------------------------------

    private void run() {
        deadLetters = new DeadLetterPublisher(bootstrapServers, groupId, groupId);
        int failuresInARow = 0;
        try {
            while (running) {
                try {
                    if (consumer == null) {
                        consumer = newConsumer();
                    }
                    processBatch(consumer.poll(POLL_TIMEOUT));
                    failuresInARow = 0;
                } catch (WakeupException e) {
                    // close() was called: the loop ends
                } catch (org.apache.kafka.common.errors.InterruptException e) {
                    break;
                } catch (RuntimeException | Error e) {
                    // Unexpected (a bad configuration, an Error in a handler): start afresh from the committed
                    // offsets after a pause, never skipping a record.
                    if (failuresInARow++ == 0) {
                        LOG.errorf(e, "consumer of %s as %s failed; restarting it", topic, groupId);
                    } else {
                        LOG.warnf("consumer of %s as %s failed again (%d in a row): %s", topic, groupId,
                                failuresInARow, describe(e));
                    }
                    closeConsumer();
                    pause(MAX_UNAVAILABLE_PAUSE);
                }
            }
        } finally {
            closeConsumer();
            deadLetters.close();
            LOG.infof("stopped consuming %s as %s", topic, groupId);
        }
    }

    private KafkaConsumer<byte[], byte[]> newConsumer() {
        KafkaConsumer<byte[], byte[]> created = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-" + topic,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords,
                // A killed instance's partitions go to the others after 10 s, not Kafka's default 45 s.
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        try {
            created.subscribe(List.of(topic));
        } catch (RuntimeException e) {
            created.close(CloseOptions.timeout(Duration.ZERO));
            throw e;
        }
        return created;
    }

    /**
     * Processes a poll's records partition by partition, in order, and commits the offsets past those done. If the
     * database or Kafka is unavailable, goes back to the first record not done of each partition and pauses.
     */
    private void processBatch(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        try {
            for (TopicPartition partition : records.partitions()) {
                for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                    if (!running) {
                        return; // closing: what is not committed is delivered again to the next consumer
                    }
                    process(record);
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
            }
            unavailablePause = Duration.ZERO;
        } catch (RetryLater e) {
            for (TopicPartition partition : records.partitions()) {
                OffsetAndMetadata next = done.get(partition);
                consumer.seek(partition, next != null ? next.offset() : records.records(partition).getFirst().offset());
            }
            unavailablePause = unavailablePause.isZero() ? FIRST_UNAVAILABLE_PAUSE
                    : min(unavailablePause.multipliedBy(2), MAX_UNAVAILABLE_PAUSE);
            if (running) {
                LOG.warnf("consumer of %s as %s cannot go on (%s); trying the same record again in %d ms", topic,
                        groupId, describe(e.getCause()), unavailablePause.toMillis());
                // A pause well below max.poll.interval.ms: the next poll keeps this consumer in its group.
                pause(unavailablePause);
            }
        } finally {
            commit(done);
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        try {
            try {
                consumer.commitSync(offsets, COMMIT_TIMEOUT);
            } catch (WakeupException e) {
                consumer.commitSync(offsets, COMMIT_TIMEOUT); // close() was called: commit what was done first
            }
        } catch (RuntimeException e) {
            // Not fatal: the records are delivered again and skipped as duplicates.
            LOG.warnf("consumer of %s as %s could not commit offsets %s: %s", topic, groupId, offsets, e.toString());
        }
    }

    /** Returns once the record is processed, skipped as a duplicate or dead-lettered. */
    private void process(ConsumerRecord<byte[], byte[]> record) throws RetryLater {
        IntegrationEvent event;
        try {
            event = parse(record.value());
        } catch (IOException | IllegalArgumentException e) {
            String detail = e instanceof JsonProcessingException unreadable ? unreadable.getOriginalMessage()
                    : e.getMessage();
            deadLetter(record, "unreadable: " + detail, null);
            return;
        }
        if (!handler.handles(event.eventType())) {
            return;
        }
        Throwable failure = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                if (!attempt(event)) {
                    LOG.debugf("skipped event %s on %s: already processed by %s", event.eventId(), topic, groupId);
                }
                return;
            } catch (HandlerFailed e) {
                failure = e.getCause();
                if (attempt < maxAttempts) {
                    LOG.infof("event %s (%s) on %s-%d@%d failed in attempt %d of %d: %s", event.eventId(),
                            event.eventType(), record.topic(), record.partition(), record.offset(), attempt,
                            maxAttempts, describe(failure));
                    if (pause(retryPauses.get(Math.min(attempt, retryPauses.size()) - 1))) {
                        throw new RetryLater(new IllegalStateException("closing"));
                    }
                }
            }
        }
        deadLetter(record, describe(failure), failure);
    }

    private IntegrationEvent parse(byte[] value) throws IOException {
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("no value");
        }
        IntegrationEvent event = json.readValue(value, IntegrationEvent.class);
        if (event == null || event.eventId() == null) {
            throw new IllegalArgumentException("no eventId");
        }
        return event;
    }

    private enum Stage { RECORDING, HANDLING, COMMITTING }

    /**
     * One transaction: record the event as processed and, unless it already was, handle it.
     *
     * @return false if the event had been processed before
     */
    private boolean attempt(IntegrationEvent event) throws HandlerFailed, RetryLater {
        Stage[] stage = {Stage.RECORDING};
        Throwable[] handlerFailure = new Throwable[1];
        ManagedContext requestContext = activateRequestContext();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!recordProcessed(event.eventId())) {
                    return false;
                }
                stage[0] = Stage.HANDLING;
                try {
                    handler.handle(event);
                } catch (Exception e) {
                    handlerFailure[0] = e;
                    throw e;
                }
                stage[0] = Stage.COMMITTING;
                return true;
            });
        } catch (RuntimeException e) {
            Throwable failure = handlerFailure[0] != null ? handlerFailure[0] : unwrap(e);
            if (stage[0] == Stage.RECORDING || databaseUnavailable(failure) || databaseUnavailable(e)) {
                throw new RetryLater(failure);
            }
            throw new HandlerFailed(failure);
        } finally {
            if (requestContext != null) {
                requestContext.terminate();
            }
        }
    }

    private boolean recordProcessed(UUID eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(RECORD_PROCESSED)) {
            insert.setString(1, groupId);
            insert.setObject(2, eventId);
            return insert.executeUpdate() == 1;
        }
    }

    /** Handlers may use request-scoped beans, as in a REST call; null if one is active already or Arc is not. */
    private static ManagedContext activateRequestContext() {
        ArcContainer arc = Arc.container();
        if (arc == null || arc.requestContext().isActive()) {
            return null;
        }
        ManagedContext context = arc.requestContext();
        context.activate();
        return context;
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, String reason, Throwable failure)
            throws RetryLater {
        try {
            deadLetters.publish(record, reason);
        } catch (IllegalStateException e) {
            throw new RetryLater(e);
        }
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        LOG.warnf(failure, "dead letter: %s-%d@%d (key %s) of %s sent to %s: %s", record.topic(),
                record.partition(), record.offset(), key, groupId, Topics.deadLetterTopicOf(record.topic()), reason);
    }

    /** True if the database could not be reached or dropped the connection, anywhere in the cause chain. */
    static boolean databaseUnavailable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_SQL_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof QuarkusTransactionException && e.getCause() != null ? e.getCause() : e;
    }

    /** The exception's class and message, and those of its root cause if that is another. */
    static String describe(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        String described = failure.getClass().getName() + ": " + failure.getMessage();
        Throwable root = failure;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        return root == failure ? described
                : described + " (caused by " + root.getClass().getName() + ": " + root.getMessage() + ")";
    }

    /** Sleeps unless closing; true if closing. */
    private boolean pause(Duration duration) {
        try {
            return stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return true;
        }
    }

    private void closeConsumer() {
        if (consumer != null) {
            try {
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            } catch (RuntimeException e) {
                LOG.debugf("closing the consumer of %s failed: %s", topic, e);
            }
            consumer = null;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /** The handler failed: try again, then dead-letter. */
    private static final class HandlerFailed extends Exception {
        HandlerFailed(Throwable cause) {
            super(cause);
        }
    }

    /** Not the record's fault (database or Kafka unavailable): go back to it and try again later. */
    private static final class RetryLater extends Exception {
        RetryLater(Throwable cause) {
            super(cause);
        }
    }

    public static final class Builder {
        private String bootstrapServers;
        private String groupId;
        private String topic;
        private IntegrationEventHandler handler;
        private ObjectMapper json;
        private DataSource dataSource;
        private int maxAttempts = 3;
        private List<Duration> retryPauses = List.of(Duration.ofMillis(200), Duration.ofSeconds(1));
        private int maxPollRecords = 100;

        private Builder() {
        }

        public Builder bootstrapServers(String bootstrapServers) {
            this.bootstrapServers = bootstrapServers;
            return this;
        }

        /** The consumer group, also the key of this consumer's rows in {@code processed_event}; at most 100 chars. */
        public Builder groupId(String groupId) {
            if (groupId != null && groupId.length() > 100) {
                throw new IllegalArgumentException("groupId longer than processed_event.consumer_group: " + groupId);
            }
            this.groupId = groupId;
            return this;
        }

        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        public Builder handler(IntegrationEventHandler handler) {
            this.handler = handler;
            return this;
        }

        /** Reads the envelope; by default {@link JsonMapping#newMapper()}. */
        public Builder json(ObjectMapper json) {
            this.json = json;
            return this;
        }

        /** The Quarkus (Agroal, JTA-enlisting) datasource that holds {@code processed_event} and the effects. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /** Attempts at handling an event before it is dead-lettered; default 3. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** Pauses after the first, second, ... failed attempt (the last repeats); default 200 ms, 1 s. */
        public Builder retryPauses(Duration... pauses) {
            if (pauses.length == 0) {
                throw new IllegalArgumentException("at least one pause");
            }
            this.retryPauses = new ArrayList<>(List.of(pauses));
            return this;
        }

        /** Records per poll (Kafka's max.poll.records); default 100. */
        public Builder maxPollRecords(int maxPollRecords) {
            this.maxPollRecords = maxPollRecords;
            return this;
        }

        public IdempotentConsumer build() {
            return new IdempotentConsumer(this);
        }
    }
}
