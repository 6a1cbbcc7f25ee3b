package com.discomcare.kit.kafka;

import com.discomcare.contracts.EventCatalog;
import com.discomcare.contracts.EventCatalogs;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.JsonMapping;
import com.discomcare.contracts.complaint.ComplaintEvent;
import com.discomcare.contracts.complaint.ComplaintPaused;
import com.discomcare.contracts.complaint.PauseReason;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** The poll/commit loop against a list of records instead of a broker: what it commits and where it goes back to. */
class ConsumerLoopTest {

    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private static final TopicPartition P0 = new TopicPartition("complaints.v1", 0);
    private static final TopicPartition P1 = new TopicPartition("complaints.v1", 1);

    /** A source that hands out every record once per poll until sought elsewhere. */
    private static final class ListSource implements RecordSource {
        final Map<TopicPartition, List<ConsumerRecord<byte[], byte[]>>> partitions = new HashMap<>();
        final Map<TopicPartition, Long> position = new HashMap<>();
        final Map<TopicPartition, Long> committed = new HashMap<>();

        @Override
        public List<ConsumerRecord<byte[], byte[]>> poll(Duration timeout) {
            List<ConsumerRecord<byte[], byte[]>> polled = new ArrayList<>();
            partitions.forEach((partition, records) -> {
                long from = position.getOrDefault(partition, 0L);
                records.stream().filter(r -> r.offset() >= from).forEach(polled::add);
                position.put(partition, (long) records.size());
            });
            return polled;
        }

        @Override
        public void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
            offsets.forEach((partition, offset) -> committed.put(partition, offset.offset()));
        }

        @Override
        public void seek(TopicPartition partition, long offset) {
            position.put(partition, offset);
        }

        @Override
        public void wakeup() {
        }

        @Override
        public void close() {
        }
    }

    private final List<UUID> applied = new ArrayList<>();
    private boolean databaseDown;

    @Test
    void commitsThePositionAfterEveryRecordDoneOnEachPartition() {
        ListSource source = source(3, 2);

        loop().pollOnce(source);

        assertThat(source.committed).containsEntry(P0, 3L).containsEntry(P1, 2L);
        assertThat(applied).hasSize(5);
    }

    @Test
    void whenTheDatabaseIsDownCommitsNothingAndGoesBackToTheFirstRecordOfEachPartition() {
        ListSource source = source(3, 2);
        databaseDown = true;

        loop().pollOnce(source);

        assertThat(source.committed).isEmpty();
        assertThat(source.position).containsEntry(P0, 0L).containsEntry(P1, 0L);

        databaseDown = false;
        loop().pollOnce(source);
        assertThat(source.committed).containsEntry(P0, 3L).containsEntry(P1, 2L);
        assertThat(new HashSet<>(applied)).hasSize(5);
    }

    private ConsumerLoop loop() {
        EventSubscriber<ComplaintEvent> subscriber = new EventSubscriber<>() {
            @Override
            public EventCatalog<ComplaintEvent> catalog() {
                return EventCatalogs.COMPLAINTS;
            }

            @Override
            public Optional<Work> workFor(ComplaintEvent event, IntegrationEvent envelope) {
                return Optional.of(() -> applied.add(envelope.eventId()));
            }
        };
        ProcessedEvents processed = ids -> {
            if (databaseDown) {
                throw new SQLTransientConnectionException("connection refused", "08001");
            }
            return new HashSet<>(ids);
        };
        DeadLetters deadLetters = new DeadLetters() {
            @Override
            public String publish(ConsumerRecord<byte[], byte[]> record, String reason) {
                throw new AssertionError("nothing here is a dead letter: " + reason);
            }

            @Override
            public void close() {
            }
        };
        RecordProcessor<ComplaintEvent> processor = new RecordProcessor<>("group",
                new EnvelopeDecoder<>(EventCatalogs.COMPLAINTS, JSON), subscriber,
                new Transactions() {
                    @Override
                    public <T> T inNewTransaction(Callable<T> work) throws Exception {
                        return work.call();
                    }
                }, processed, deadLetters, new RetryPolicy(3, List.of(Duration.ZERO)), 100, d -> false);
        return new ConsumerLoop("test", () -> {
            throw new AssertionError("the test hands the source in");
        }, processor);
    }

    private static ListSource source(int onP0, int onP1) {
        ListSource source = new ListSource();
        source.partitions.put(P0, records(P0, onP0));
        source.partitions.put(P1, records(P1, onP1));
        return source;
    }

    private static List<ConsumerRecord<byte[], byte[]>> records(TopicPartition partition, int count) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var paused = new ComplaintPaused("2600000000" + partition.partition() + i,
                    PauseReason.CONSUMER_NOT_AVAILABLE, null, "JE-1", "Suresh Yadav", "engineer", Instant.now());
            try {
                byte[] value = JSON.writeValueAsBytes(new IntegrationEvent(UUID.randomUUID(), "ComplaintPaused",
                        paused.requestNumber(), i, OffsetDateTime.now(), 1, null, JSON.valueToTree(paused)));
                records.add(new ConsumerRecord<>(partition.topic(), partition.partition(), i, null, value));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return records;
    }
}
