package com.discomcare.kit.kafka;

import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.kit.jdbc.SqlFailures;
import com.discomcare.kit.kafka.EnvelopeDecoder.Decoded;
import com.discomcare.kit.kafka.EventSubscriber.Work;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Applies a poll's records, in order, idempotently:
 * <ul>
 * <li>A record that is not a readable envelope of a known event type goes to the dead-letter topic at once.</li>
 * <li>An event the subscriber has no work for is passed over without a transaction.</li>
 * <li>The others are applied up to {@code batchSize} per transaction, together with their {@code processed_event}
 *     rows; an event recorded before (a redelivery) is skipped.</li>
 * <li>When a batch fails, its records are applied one at a time, so that only the record at fault is tried again
 *     ({@link RetryPolicy}) and finally dead-lettered, with the reason, and passed: it never blocks its
 *     partition.</li>
 * <li>When the database cannot be reached, or Kafka does not take a dead letter, nothing is the record's fault:
 *     processing stops at the first record not done, and the caller goes back to it later.</li>
 * </ul>
 */
final class RecordProcessor<E> {

    private static final Logger LOG = Logger.getLogger(RecordProcessor.class);

    /** Which records are done, and whether processing stopped early for a reason that is not theirs. */
    static final class Progress {
        private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();
        private Throwable stoppedBy;

        void done(ConsumerRecord<?, ?> record) {
            nextOffsets.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
        }

        /** The offset after the last record done, per partition with any record done. */
        Map<TopicPartition, Long> nextOffsets() {
            return nextOffsets;
        }

        /** Set when the caller must go back to the first record not done and try again after a pause. */
        Optional<Throwable> stoppedBy() {
            return Optional.ofNullable(stoppedBy);
        }
    }

    /** A record with what it asks for: a reason to dead-letter it, or its event and work (none: pass it over). */
    private record Planned(ConsumerRecord<byte[], byte[]> record, IntegrationEvent envelope, Work work,
                           String deadLetterReason) {
    }

    private final String group;
    private final EnvelopeDecoder<E> decoder;
    private final EventSubscriber<E> subscriber;
    private final Transactions transactions;
    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;
    private final RetryPolicy retries;
    private final int batchSize;
    private final Pauser pauser;

    /** Sleeps unless the consumer is closing; answers true if it is. */
    @FunctionalInterface
    interface Pauser {
        boolean pause(Duration duration);
    }

    RecordProcessor(String group, EnvelopeDecoder<E> decoder, EventSubscriber<E> subscriber, Transactions transactions,
                    ProcessedEvents processed, DeadLetters deadLetters, RetryPolicy retries, int batchSize,
                    Pauser pauser) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.group = group;
        this.decoder = decoder;
        this.subscriber = subscriber;
        this.transactions = transactions;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.retries = retries;
        this.batchSize = batchSize;
        this.pauser = pauser;
    }

    /** Processes the records in order while {@code running}; what is not done is delivered again. */
    Progress process(List<ConsumerRecord<byte[], byte[]>> records, BooleanSupplier running) {
        Progress progress = new Progress();
        List<Planned> batch = new ArrayList<>();
        try {
            for (ConsumerRecord<byte[], byte[]> record : records) {
                if (!running.getAsBoolean()) {
                    break;
                }
                Planned planned = plan(record);
                if (planned.deadLetterReason() != null) {
                    apply(batch, progress);
                    deadLetter(planned, planned.deadLetterReason(), null);
                    progress.done(record);
                    continue;
                }
                batch.add(planned);
                if (batch.size() >= batchSize) {
                    apply(batch, progress);
                }
            }
            if (running.getAsBoolean()) {
                apply(batch, progress);
            }
        } catch (RetryLater e) {
            progress.stoppedBy = e.getCause();
        }
        return progress;
    }

    private Planned plan(ConsumerRecord<byte[], byte[]> record) {
        return switch (decoder.decode(record.value())) {
            case EnvelopeDecoder.Unreadable<E> unreadable -> new Planned(record, null, null, unreadable.reason());
            case EnvelopeDecoder.Event<E> decoded -> {
                try {
                    Work work = subscriber.workFor(decoded.event(), decoded.envelope()).orElse(null);
                    yield new Planned(record, decoded.envelope(), work, null);
                } catch (RuntimeException e) {
                    // Deciding is pure: what fails now fails on every try.
                    yield new Planned(record, decoded.envelope(), null,
                            "cannot be handled: " + RetryPolicy.describe(e));
                }
            }
        };
    }

    /** Applies the batch in one transaction, or record by record if that fails; empties it. */
    private void apply(List<Planned> batch, Progress progress) throws RetryLater {
        if (batch.isEmpty()) {
            return;
        }
        List<Planned> withWork = batch.stream().filter(planned -> planned.work() != null).toList();
        if (withWork.isEmpty()) {
            batch.forEach(planned -> progress.done(planned.record()));
            batch.clear();
            return;
        }
        try {
            inTransaction(withWork);
            batch.forEach(planned -> progress.done(planned.record()));
        } catch (HandlerFailed batchFailure) {
            if (withWork.size() > 1) {
                LOG.debugf("a batch of %d events of %s failed (%s); applying them one at a time", withWork.size(),
                        group, RetryPolicy.describe(batchFailure.getCause()));
            }
            for (Planned planned : batch) {
                if (planned.work() != null) {
                    // The record whose work failed the batch has had its first attempt.
                    boolean failedTheBatch = planned == batchFailure.failed;
                    applyAlone(planned, failedTheBatch ? 1 : 0, failedTheBatch ? batchFailure.getCause() : null);
                }
                progress.done(planned.record());
            }
        }
        batch.clear();
    }

    /**
     * Returns once the event is applied, skipped as a duplicate or dead-lettered; {@code attemptsMade} failed
     * before (in a batch), the last with {@code lastFailure}.
     */
    private void applyAlone(Planned planned, int attemptsMade, Throwable lastFailure) throws RetryLater {
        Throwable failure = lastFailure;
        for (int attempt = attemptsMade; attempt == 0 || triesAgain(planned, attempt, failure); attempt++) {
            try {
                inTransaction(List.of(planned));
                return;
            } catch (HandlerFailed e) {
                failure = e.getCause();
            }
        }
        deadLetter(planned, RetryPolicy.describe(failure), failure);
    }

    /** Whether the event gets another attempt after failed attempt {@code attempt}; pauses first if so. */
    private boolean triesAgain(Planned planned, int attempt, Throwable failure) throws RetryLater {
        if (!retries.triesAgainAfter(attempt)) {
            return false;
        }
        LOG.infof("event %s (%s) of %s failed in attempt %d of %d: %s", planned.envelope().eventId(),
                planned.envelope().eventType(), group, attempt, retries.maxAttempts(), RetryPolicy.describe(failure));
        if (pauser.pause(retries.pauseAfter(attempt))) {
            throw new RetryLater(new IllegalStateException("closing"));
        }
        return true;
    }

    private enum Stage { RECORDING, HANDLING }

    /** One transaction: record the events as processed and apply those not recorded before, in order. */
    private void inTransaction(List<Planned> events) throws HandlerFailed, RetryLater {
        Stage[] stage = {Stage.RECORDING};
        Throwable[] handlerFailure = new Throwable[1];
        Planned[] failed = new Planned[1];
        try {
            transactions.inNewTransaction(() -> {
                Set<UUID> ids = new LinkedHashSet<>();
                events.forEach(planned -> ids.add(planned.envelope().eventId()));
                Set<UUID> fresh = processed.recordNew(ids);
                stage[0] = Stage.HANDLING;
                for (Planned planned : events) {
                    if (fresh.remove(planned.envelope().eventId())) {
                        try {
                            planned.work().run();
                        } catch (Exception e) {
                            handlerFailure[0] = e;
                            failed[0] = planned;
                            throw e;
                        }
                    }
                }
                return null;
            });
        } catch (Exception e) {
            Throwable failure = handlerFailure[0] != null ? handlerFailure[0] : RetryPolicy.unwrap(e);
            if (stage[0] == Stage.RECORDING || SqlFailures.connectionLost(failure)
                    || SqlFailures.connectionLost(e)) {
                throw new RetryLater(failure);
            }
            throw new HandlerFailed(failure, failed[0]);
        }
    }

    private void deadLetter(Planned planned, String reason, Throwable failure) throws RetryLater {
        ConsumerRecord<byte[], byte[]> record = planned.record();
        String id;
        try {
            id = deadLetters.publish(record, reason);
        } catch (IllegalStateException e) {
            throw new RetryLater(e);
        }
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        String event = planned.envelope() == null ? "an unreadable record"
                : planned.envelope().eventType() + " " + planned.envelope().eventId();
        // An incident: the aggregate it concerns (a complaint's request number) misses this event's effect.
        LOG.errorf(failure, "dead letter %s: %s of %s (%s-%d@%d, key %s) was not applied by consumer group %s: %s; "
                        + "fix the cause, then POST /api/v1/dead-letters/%s/replay", id, event,
                planned.envelope() == null ? key : planned.envelope().aggregateId(), record.topic(), record.partition(),
                record.offset(), key, group, reason, id);
    }

    /** A handler failed ({@code failed}'s, or the commit's when null): try again, then dead-letter. */
    private static final class HandlerFailed extends Exception {
        private final transient Planned failed;

        HandlerFailed(Throwable cause, Planned failed) {
            super(cause);
            this.failed = failed;
        }
    }

    /** Not the record's fault (database or Kafka unavailable, or closing): go back to it later. */
    static final class RetryLater extends Exception {
        RetryLater(Throwable cause) {
            super(cause);
        }
    }
}
