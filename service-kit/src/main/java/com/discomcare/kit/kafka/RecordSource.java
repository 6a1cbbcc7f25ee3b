package com.discomcare.kit.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where a {@link ConsumerLoop} gets records and commits its progress: a Kafka consumer, or a test's list. */
interface RecordSource extends AutoCloseable {

    /** The next records, partition by partition and in order within each; may be empty. */
    List<ConsumerRecord<byte[], byte[]>> poll(Duration timeout);

    /** Records the offsets of the next records to read; a failure is not fatal (records are delivered again). */
    void commit(Map<TopicPartition, OffsetAndMetadata> offsets);

    /** The next poll of {@code partition} starts at {@code offset}. */
    void seek(TopicPartition partition, long offset);

    /** Ends a poll in progress at once; the one method another thread may call. */
    void wakeup();

    @Override
    void close();
}
