package com.discomcare.kit.axon;

import com.discomcare.kit.axon.LingeringEventSource.LingeringStream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** How the tracking processor's questions to the stream turn into waits, without a clock. */
class LingeringEventSourceTest {

    private static final int BATCH = 3;
    private static final Duration LINGER = Duration.ofMillis(50);

    private final ArrayDeque<TrackedEventMessage<?>> waiting = new ArrayDeque<>();
    private final List<Long> sleeps = new ArrayList<>();
    private final LingeringStream stream = new LingeringStream(new QueueStream(), LINGER, BATCH, sleeps::add);

    @Test
    void a_processor_that_keeps_up_waits_once_per_batch_before_taking_it() throws InterruptedException {
        add(1);
        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat(sleeps).containsExactly(LINGER.toNanos());
        add(1); // arrived while it waited: the same batch takes both
        assertThat(takeBatch()).isEqualTo(2);

        add(1);
        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void a_processor_that_is_behind_takes_the_next_batch_at_once() throws InterruptedException {
        add(BATCH * 2 + 1);
        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat(takeBatch()).isEqualTo(BATCH);
        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat(takeBatch()).isEqualTo(BATCH);
        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat(takeBatch()).isEqualTo(1);
        assertThat(sleeps).as("only before the first batch, when nothing said it was behind").hasSize(1);

        add(1); // the last batch was not full: caught up again
        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void no_wait_when_nothing_came_nor_for_a_question_without_a_timeout() throws InterruptedException {
        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isFalse();
        add(1);
        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void a_zero_linger_leaves_the_stream_as_it_is() {
        BlockingStream<TrackedEventMessage<?>> plain = new QueueStream();
        LingeringEventSource source = new LingeringEventSource(token -> plain, Duration.ZERO, BATCH);
        assertThat(source.openStream(null)).isSameAs(plain);
    }

    private int takeBatch() throws InterruptedException {
        int taken = 0;
        while (taken < BATCH && stream.peek().isPresent()) {
            stream.nextAvailable();
            taken++;
        }
        return taken;
    }

    private long sequence;

    private void add(int count) {
        for (int i = 0; i < count; i++) {
            waiting.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(sequence++),
                    GenericEventMessage.asEventMessage("event " + sequence)));
        }
    }

    private final class QueueStream implements BlockingStream<TrackedEventMessage<?>> {
        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(waiting.peek());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            return !waiting.isEmpty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            return waiting.remove();
        }

        @Override
        public void close() {
        }
    }
}
