package com.discomcare.kit.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where records go that cannot be processed. */
interface DeadLetters extends AutoCloseable {

    /**
     * Keeps a copy of the record with the reason, and returns once the copy is safe.
     *
     * @return the dead letter's id, as {@code GET /api/v1/dead-letters} lists it and a replay names it
     * @throws IllegalStateException if it could not be kept (Kafka unavailable): the record must not be passed
     */
    String publish(ConsumerRecord<byte[], byte[]> record, String reason);

    @Override
    void close();
}
