package com.discomcare.kit.kafka;

import com.discomcare.contracts.JsonMapping;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Consumes another service's topic idempotently: each event is decoded into the topic's typed event and applied by
 * an {@link EventSubscriber} in a transaction that also records its {@code eventId} in {@code processed_event},
 * so that a second delivery is skipped. Delivery is at least once (offsets are committed after the transactions),
 * processing effectively once. The parts, each with one job: {@link ConsumerLoop} (poll, commit, go back),
 * {@link RecordProcessor} (batches, fall-back to one at a time, dead letters), {@link RetryPolicy} (what a failure
 * means), {@link JdbcProcessedEvents} (the processed-event record), {@link EnvelopeDecoder} (bytes to typed
 * events), {@link DeadLetterPublisher} ({@code <topic>.dlq} with {@code dlq-*} headers saying why, where from and
 * when). The kit's {@code ServiceRuntime} builds one per subscription; tests build them with {@link #builder()}.
 */
public final class IdempotentConsumer<E> implements AutoCloseable {

    private final ConsumerLoop loop;
    private final DeadLetters deadLetters;
    private final String topic;
    private final String groupId;

    private IdempotentConsumer(Builder<E> b) {
        this.topic = b.subscriber.catalog().topic();
        this.groupId = b.groupId;
        this.deadLetters = new DeadLetterPublisher(b.bootstrapServers, b.groupId, b.groupId);
        ConsumerLoop[] self = new ConsumerLoop[1];
        RecordProcessor<E> processor = new RecordProcessor<>(b.groupId,
                new EnvelopeDecoder<>(b.subscriber.catalog(), b.json), b.subscriber, new JtaTransactions(),
                new JdbcProcessedEvents(b.dataSource, b.groupId), deadLetters,
                new RetryPolicy(b.maxAttempts, b.retryPauses), b.batchSize, duration -> self[0].pause(duration));
        this.loop = new ConsumerLoop(b.groupId + " on " + topic,
                () -> new KafkaRecordSource(b.bootstrapServers, b.groupId, topic, b.batchSize, b.sessionTimeout,
                        b.linger),
                processor);
        self[0] = loop;
    }

    public static <E> Builder<E> builder(EventSubscriber<E> subscriber) {
        return new Builder<>(subscriber);
    }

    /** Starts consuming on a thread of its own and returns at once, also while Kafka is down. */
    public void start() {
        loop.start();
    }

    /** Stops after the records at hand, commits what was done, closes the Kafka clients; waits up to 10 s. */
    @Override
    public void close() {
        loop.close();
        deadLetters.close();
    }

    public String topic() {
        return topic;
    }

    public String groupId() {
        return groupId;
    }

    public static final class Builder<E> {
        private final EventSubscriber<E> subscriber;
        private String bootstrapServers;
        private String groupId;
        private DataSource dataSource;
        private ObjectMapper json = JsonMapping.newMapper();
        private int maxAttempts = 3;
        private List<Duration> retryPauses = List.of(Duration.ofMillis(200), Duration.ofSeconds(1));
        private int batchSize = 100;
        private Duration sessionTimeout = Duration.ofSeconds(10);
        private Duration linger = Duration.ofMillis(50);

        private Builder(EventSubscriber<E> subscriber) {
            this.subscriber = Objects.requireNonNull(subscriber);
        }

        public Builder<E> bootstrapServers(String bootstrapServers) {
            this.bootstrapServers = bootstrapServers;
            return this;
        }

        /** The consumer group, also the key of its rows in {@code processed_event}; at most 100 characters. */
        public Builder<E> groupId(String groupId) {
            this.groupId = groupId;
            return this;
        }

        /** The Quarkus (Agroal, JTA-enlisting) datasource holding {@code processed_event} and the effects. */
        public Builder<E> dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        public Builder<E> json(ObjectMapper json) {
            this.json = json;
            return this;
        }

        /** Attempts at one event before it is dead-lettered; default 3. */
        public Builder<E> maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** Pauses after the first, second, ... failed attempt (the last repeats); default 200 ms, 1 s. */
        public Builder<E> retryPauses(Duration... pauses) {
            this.retryPauses = List.of(pauses);
            return this;
        }

        /** Records per poll and per transaction; default 100. */
        public Builder<E> batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        public Builder<E> sessionTimeout(Duration sessionTimeout) {
            this.sessionTimeout = sessionTimeout;
            return this;
        }

        /** How long the broker holds a fetch for more records when less than a batch is waiting; default 50 ms. */
        public Builder<E> linger(Duration linger) {
            this.linger = linger;
            return this;
        }

        public IdempotentConsumer<E> build() {
            Objects.requireNonNull(bootstrapServers, "bootstrapServers");
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(dataSource, "dataSource");
            return new IdempotentConsumer<>(this);
        }
    }
}
