package com.discomcare.kit.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The poll/commit loop on its own thread: polls, hands the records to a {@link RecordProcessor}, commits the
 * offsets past the records done. When processing stopped early (database or Kafka unavailable), it goes back to
 * the first record not done of each partition and pauses, longer each time up to 5 s. An unexpected failure (a
 * bad configuration, an {@link Error} in a handler) closes the source and starts afresh from the committed offsets
 * after 5 s, never skipping a record. {@link #start()} returns at once; the source is created on the thread and
 * again after failures, so a service starts while Kafka is down.
 */
final class ConsumerLoop implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final String name;
    private final Supplier<RecordSource> sources;
    private final RecordProcessor<?> processor;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch stopping = new CountDownLatch(1);
    /** Until closed; also before start, so that a test can drive {@link #pollOnce} itself. */
    private volatile boolean running = true;
    private volatile Thread thread;
    private volatile RecordSource source;
    private Duration unavailablePause = Duration.ZERO;

    /** {@code name} names the thread and the log lines, e.g. "escalation-service on complaints.v1". */
    ConsumerLoop(String name, Supplier<RecordSource> sources, RecordProcessor<?> processor) {
        this.name = name;
        this.sources = sources;
        this.processor = processor;
    }

    void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already started or closed");
        }
        thread = new Thread(this::run, "consumer " + name);
        thread.setDaemon(true);
        thread.start();
        LOG.infof("consuming: %s", name);
    }

    /** Stops after the records at hand, commits what was done and closes the source; waits up to 10 s. */
    @Override
    public void close() {
        started.set(true); // no start() after close()
        running = false;
        stopping.countDown();
        RecordSource polling = source;
        if (polling != null) {
            polling.wakeup();
        }
        Thread worker = thread;
        if (worker == null || worker == Thread.currentThread()) {
            return;
        }
        try {
            worker.join(CLOSE_TIMEOUT.toMillis());
            if (worker.isAlive()) {
                LOG.warnf("consumer %s did not stop within %s; interrupting it", name, CLOSE_TIMEOUT);
                worker.interrupt();
                worker.join(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sleeps unless closing; true if closing. */
    boolean pause(Duration duration) {
        try {
            return stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return true;
        }
    }

    private void run() {
        int failuresInARow = 0;
        try {
            while (running) {
                try {
                    if (source == null) {
                        source = sources.get();
                    }
                    pollOnce(source);
                    failuresInARow = 0;
                } catch (WakeupException e) {
                    // close() was called: the loop ends
                } catch (InterruptException e) {
                    break;
                } catch (RuntimeException | Error e) {
                    if (failuresInARow++ == 0) {
                        LOG.errorf(e, "consumer %s failed; restarting it", name);
                    } else {
                        LOG.warnf("consumer %s failed again (%d in a row): %s", name, failuresInARow,
                                RetryPolicy.describe(e));
                    }
                    closeSource();
                    pause(RetryPolicy.MAX_UNAVAILABLE_PAUSE);
                }
            }
        } finally {
            closeSource();
            LOG.infof("stopped consuming: %s", name);
        }
    }

    /** One poll: process, commit what was done, and go back to what was not if processing stopped early. */
    void pollOnce(RecordSource from) {
        List<ConsumerRecord<byte[], byte[]>> records = from.poll(POLL_TIMEOUT);
        if (records.isEmpty()) {
            return;
        }
        RecordProcessor.Progress progress = processor.process(records, () -> running);
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        progress.nextOffsets().forEach((partition, next) -> done.put(partition, new OffsetAndMetadata(next)));
        if (!done.isEmpty()) {
            from.commit(done);
        }
        if (progress.stoppedBy().isEmpty() && running) {
            unavailablePause = Duration.ZERO;
            return;
        }
        // Not done: the same records again on the next poll (also when closing, for the next consumer).
        Map<TopicPartition, Long> firstOffsets = new LinkedHashMap<>();
        records.forEach(r -> firstOffsets.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset()));
        firstOffsets.forEach((partition, first) ->
                from.seek(partition, progress.nextOffsets().getOrDefault(partition, first)));
        if (running && progress.stoppedBy().isPresent()) {
            unavailablePause = RetryPolicy.nextUnavailablePause(unavailablePause);
            LOG.warnf("consumer %s cannot go on (%s); trying the same record again in %d ms", name,
                    RetryPolicy.describe(progress.stoppedBy().get()), unavailablePause.toMillis());
            // Well below max.poll.interval.ms: the next poll keeps this consumer in its group.
            pause(unavailablePause);
        }
    }

    private void closeSource() {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
