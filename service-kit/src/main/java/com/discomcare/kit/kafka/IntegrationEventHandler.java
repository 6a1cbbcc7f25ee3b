package com.discomcare.kit.kafka;

import com.discomcare.contracts.IntegrationEvent;

/**
 * What a service does with one event of another service's topic, for {@link IdempotentConsumer}. It runs inside
 * a JTA transaction that also records the event as processed: whatever it writes through the Quarkus datasource
 * (JDBC, Hibernate ORM/Panache, Axon commands sent with the kit's {@code JtaTransactionManager}, which joins the
 * transaction) commits together with that record, or not at all.
 * <p>
 * Throwing rolls all of it back; the consumer then retries the event and after its last attempt sends it to the
 * dead-letter topic. Do not catch and swallow database failures: a lost connection must reach the consumer (as
 * the cause of what is thrown) so that it waits for the database instead of dead-lettering a sound event.
 */
@FunctionalInterface
public interface IntegrationEventHandler {

    void handle(IntegrationEvent event) throws Exception;

    /**
     * Whether events of this type concern the handler at all. The consumer passes the others over without a
     * transaction or a {@code processed_event} row: they have no effect to de-duplicate.
     */
    default boolean handles(String eventType) {
        return true;
    }
}
