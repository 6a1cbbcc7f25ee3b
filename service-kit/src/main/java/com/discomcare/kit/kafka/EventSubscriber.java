package com.discomcare.kit.kafka;

import com.discomcare.contracts.EventCatalog;
import com.discomcare.contracts.IntegrationEvent;

import java.util.Optional;

/**
 * What a service does with the events of another service's topic. The consumer decodes each record into the
 * topic's sealed event type, so a subscriber switches over the records exhaustively: an event added to the
 * contract breaks the subscriber's build until it says what to do with it.
 *
 * @param <E> the topic's sealed event type
 */
public interface EventSubscriber<E> {

    /** The topic, and how its events are named and decoded. */
    EventCatalog<E> catalog();

    /**
     * The work this event asks for, or empty when it does not concern the service: the consumer then passes it
     * over without a transaction or a {@code processed_event} row. Called outside any transaction; must not
     * change anything itself.
     */
    Optional<Work> workFor(E event, IntegrationEvent envelope);

    /**
     * Runs inside a JTA transaction that also records the event as processed: whatever it writes through the
     * Quarkus datasource (JDBC, Panache, Axon commands) commits together with that record, or not at all.
     * Throwing rolls it back; the consumer tries again and finally dead-letters the event. Do not swallow database
     * failures: a lost connection must reach the consumer so that it waits for the database.
     */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** For the cases of a subscriber's switch that need nothing done. */
    static Optional<Work> nothing() {
        return Optional.empty();
    }
}
