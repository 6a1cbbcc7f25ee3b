package com.discomcare.kit.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where records go that cannot be processed. */
interface DeadLetters extends AutoCloseable {

    /**
     * Keeps a copy of the record with the reason, and returns once the copy is safe.
     *
     * @throws IllegalStateException if it could not be kept (Kafka unavailable): the record must not be passed
     */
    void publish(ConsumerRecord<byte[], byte[]> record, String reason);

    @Override
    void close();
}
