package com.discomcare.kit.kafka;

import com.discomcare.contracts.EventCatalog;
import com.discomcare.contracts.EventCatalogs;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.JsonMapping;
import com.discomcare.contracts.Topics;
import com.discomcare.contracts.complaint.ComplaintClosed;
import com.discomcare.contracts.complaint.ComplaintEvent;
import com.discomcare.contracts.complaint.ComplaintPaused;
import com.discomcare.contracts.complaint.PauseReason;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processor's decisions without a broker or a database: batches, the fall-back to one at a time, attempts,
 * dead letters, duplicates, and stopping for trouble that is not the record's fault. Transactions here keep what a
 * committed transaction wrote and drop what a rolled-back one wrote.
 */
class RecordProcessorTest {

    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private static final TopicPartition PARTITION = new TopicPartition(Topics.COMPLAINTS, 0);

    /** Effects and processed ids as committed. */
    private final List<UUID> committedEffects = new ArrayList<>();
    private final Set<UUID> committedProcessed = new HashSet<>();
    /** Effects and processed ids of the transaction in progress. */
    private final List<UUID> pendingEffects = new ArrayList<>();
    private final Set<UUID> pendingProcessed = new HashSet<>();
    private final List<String> deadLetterReasons = new ArrayList<>();
    private final List<UUID> attempts = new ArrayList<>();
    private int transactions;
    private Set<UUID> failing = Set.of();
    private boolean databaseDown;
    private boolean kafkaRefusesDeadLetters;

    @Test
    void eventsAreAppliedInBatchesOfTheConfiguredSizeEachInOneTransaction() {
        List<ConsumerRecord<byte[], byte[]>> records = records(7);

        RecordProcessor.Progress progress = processor(3).process(records, () -> true);

        assertThat(committedEffects).containsExactlyElementsOf(eventIds(records));
        assertThat(transactions).isEqualTo(3); // 3 + 3 + 1
        assertThat(progress.nextOffsets()).containsEntry(PARTITION, 7L);
        assertThat(progress.stoppedBy()).isEmpty();
    }

    @Test
    void aFailingEventIsTriedAloneUpToMaxAttemptsThenDeadLetteredWhileTheOthersTakeEffectOnce() {
        List<ConsumerRecord<byte[], byte[]>> records = records(5);
        UUID poison = eventIds(records).get(2);
        failing = Set.of(poison);

        RecordProcessor.Progress progress = processor(5).process(records, () -> true);

        List<UUID> expected = new ArrayList<>(eventIds(records));
        expected.remove(poison);
        assertThat(committedEffects).containsExactlyElementsOf(expected);
        assertThat(attempts.stream().filter(poison::equals)).hasSize(3); // once in the batch, twice alone
        assertThat(deadLetterReasons).containsExactly("java.lang.IllegalStateException: cannot apply " + poison);
        assertThat(committedProcessed).doesNotContain(poison);
        assertThat(progress.nextOffsets()).containsEntry(PARTITION, 5L);
    }

    @Test
    void anEventProcessedBeforeIsSkipped() {
        List<ConsumerRecord<byte[], byte[]>> records = records(3);
        committedProcessed.add(eventIds(records).get(1));

        processor(10).process(records, () -> true);

        assertThat(committedEffects).containsExactly(eventIds(records).get(0), eventIds(records).get(2));
    }

    @Test
    void theSameEventTwiceInOneBatchTakesEffectOnce() {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(records(2));
        records.add(record(2, records.get(0).value()));

        processor(10).process(records, () -> true);

        assertThat(committedEffects).containsExactlyElementsOf(eventIds(records.subList(0, 2)));
    }

    @Test
    void unreadableRecordsAreDeadLetteredAtOnceWithoutATransaction() {
        List<ConsumerRecord<byte[], byte[]>> records = List.of(record(0, "not json".getBytes(StandardCharsets.UTF_8)));

        RecordProcessor.Progress progress = processor(10).process(records, () -> true);

        assertThat(deadLetterReasons).hasSize(1).first().asString().startsWith("unreadable: ");
        assertThat(transactions).isZero();
        assertThat(progress.nextOffsets()).containsEntry(PARTITION, 1L);
    }

    @Test
    void whenTheDatabaseIsUnavailableNothingIsDeadLetteredAndProcessingStopsAtTheFirstRecordNotDone() {
        List<ConsumerRecord<byte[], byte[]>> records = records(4);
        databaseDown = true;

        RecordProcessor.Progress progress = processor(2).process(records, () -> true);

        assertThat(progress.stoppedBy()).isPresent();
        assertThat(progress.nextOffsets()).isEmpty();
        assertThat(deadLetterReasons).isEmpty();
        assertThat(committedEffects).isEmpty();
    }

    @Test
    void whenKafkaRefusesTheDeadLetterTheRecordIsNotPassed() {
        List<ConsumerRecord<byte[], byte[]>> records = records(3);
        failing = Set.of(eventIds(records).get(1));
        kafkaRefusesDeadLetters = true;

        RecordProcessor.Progress progress = processor(1).process(records, () -> true);

        assertThat(progress.stoppedBy()).isPresent();
        assertThat(progress.nextOffsets()).containsEntry(PARTITION, 1L); // the first is done, the poison is not
    }

    @Test
    void eventsWithoutWorkArePassedWithoutATransaction() {
        ConsumerRecord<byte[], byte[]> closed = record(0, envelope(new ComplaintClosed("260000000012", "ok", "CRO-1",
                "Anita Sharma", "cro", Instant.now()), "ComplaintClosed"));

        RecordProcessor.Progress progress = processor(10).process(List.of(closed), () -> true);

        assertThat(transactions).isZero();
        assertThat(progress.nextOffsets()).containsEntry(PARTITION, 1L);
    }

    // ------------------------------------------------------------------------------------------------------------

    private RecordProcessor<ComplaintEvent> processor(int batchSize) {
        EventSubscriber<ComplaintEvent> subscriber = new EventSubscriber<>() {
            @Override
            public EventCatalog<ComplaintEvent> catalog() {
                return EventCatalogs.COMPLAINTS;
            }

            @Override
            public Optional<Work> workFor(ComplaintEvent event, IntegrationEvent envelope) {
                if (event instanceof ComplaintClosed) {
                    return Optional.empty();
                }
                return Optional.of(() -> {
                    attempts.add(envelope.eventId());
                    if (failing.contains(envelope.eventId())) {
                        throw new IllegalStateException("cannot apply " + envelope.eventId());
                    }
                    pendingEffects.add(envelope.eventId());
                });
            }
        };
        return new RecordProcessor<>("test-group", new EnvelopeDecoder<>(EventCatalogs.COMPLAINTS, JSON), subscriber,
                new RecordingTransactions(), new RecordingProcessedEvents(), new RecordingDeadLetters(),
                new RetryPolicy(3, List.of(Duration.ZERO)), batchSize, duration -> false);
    }

    private final class RecordingTransactions implements Transactions {
        @Override
        public <T> T inNewTransaction(Callable<T> work) throws Exception {
            transactions++;
            pendingEffects.clear();
            pendingProcessed.clear();
            T result = work.call(); // throwing rolls back: nothing pending is kept
            committedEffects.addAll(pendingEffects);
            committedProcessed.addAll(pendingProcessed);
            return result;
        }
    }

    private final class RecordingProcessedEvents implements ProcessedEvents {
        @Override
        public Set<UUID> recordNew(Collection<UUID> eventIds) throws SQLException {
            if (databaseDown) {
                throw new SQLTransientConnectionException("connection refused", "08001");
            }
            Set<UUID> fresh = new HashSet<>();
            for (UUID id : eventIds) {
                if (!committedProcessed.contains(id) && pendingProcessed.add(id)) {
                    fresh.add(id);
                }
            }
            return fresh;
        }
    }

    private final class RecordingDeadLetters implements DeadLetters {
        @Override
        public String publish(ConsumerRecord<byte[], byte[]> record, String reason) {
            if (kafkaRefusesDeadLetters) {
                throw new IllegalStateException("Kafka did not take the dead letter");
            }
            deadLetterReasons.add(reason);
            return "complaints.v1.dlq:0:" + (deadLetterReasons.size() - 1);
        }

        @Override
        public void close() {
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> records(int count) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(record(i, envelope(new ComplaintPaused("26000000001" + i,
                    PauseReason.CONSUMER_NOT_AVAILABLE, null, "JE-1", "Suresh Yadav", "engineer", Instant.now()), "ComplaintPaused")));
        }
        return records;
    }

    private static ConsumerRecord<byte[], byte[]> record(long offset, byte[] value) {
        return new ConsumerRecord<>(PARTITION.topic(), PARTITION.partition(), offset,
                "key".getBytes(StandardCharsets.UTF_8), value);
    }

    private static byte[] envelope(ComplaintEvent event, String type) {
        try {
            return JSON.writeValueAsBytes(new IntegrationEvent(UUID.randomUUID(), type, event.requestNumber(), 0,
                    OffsetDateTime.now(), 1, null, JSON.valueToTree(event)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<UUID> eventIds(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(r -> {
            try {
                return JSON.readValue(r.value(), IntegrationEvent.class).eventId();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
