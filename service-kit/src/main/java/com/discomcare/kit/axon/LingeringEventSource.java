package com.discomcare.kit.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The event store as a tracking processor sees it, except that a processor which has caught up waits
 * {@code linger} after the first new event before it takes its batch, as Kafka's producer does with
 * {@code linger.ms}. Without it, a processor that keeps up takes one or two events per transaction, and each
 * transaction costs a token update and a commit (for an outbox also a round trip to Kafka) whatever it carries:
 * at a few hundred registrations a second that overhead was most of the read model's and the outbox's work. A
 * processor that is behind (its last batch was full) does not wait, so catching up is as fast as before.
 */
public final class LingeringEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final Duration linger;
    private final int batchSize;

    public LingeringEventSource(StreamableMessageSource<TrackedEventMessage<?>> events, Duration linger,
                                int batchSize) {
        if (linger.isNegative()) {
            throw new IllegalArgumentException("linger must not be negative");
        }
        this.events = events;
        this.linger = linger;
        this.batchSize = batchSize;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        BlockingStream<TrackedEventMessage<?>> stream = events.openStream(trackingToken);
        return linger.isZero() ? stream
                : new LingeringStream(stream, linger, batchSize, TimeUnit.NANOSECONDS::sleep);
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return events.createTokenSince(duration);
    }

    /**
     * A tracking processor asks {@link #hasNextAvailable(int, TimeUnit)} with its availability timeout once per
     * batch, then takes events while more are at hand: the wait goes between that question and the batch.
     */
    static final class LingeringStream implements BlockingStream<TrackedEventMessage<?>> {

        @FunctionalInterface
        interface Sleeper {
            void sleep(long nanos) throws InterruptedException;
        }

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final long lingerNanos;
        private final int batchSize;
        private final Sleeper sleeper;
        private int takenSinceLastWait;

        LingeringStream(BlockingStream<TrackedEventMessage<?>> stream, Duration linger, int batchSize,
                        Sleeper sleeper) {
            this.stream = stream;
            this.lingerNanos = linger.toNanos();
            this.batchSize = batchSize;
            this.sleeper = sleeper;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            boolean available = stream.hasNextAvailable(timeout, unit);
            if (timeout > 0) {
                boolean behind = takenSinceLastWait >= batchSize;
                takenSinceLastWait = 0;
                if (available && !behind) {
                    sleeper.sleep(lingerNanos);
                }
            }
            return available;
        }

        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            TrackedEventMessage<?> next = stream.nextAvailable();
            takenSinceLastWait++;
            return next;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return stream.setOnAvailableCallback(callback);
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
