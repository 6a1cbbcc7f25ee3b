package com.discomcare.kit.kafka;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Kafka consumer of one topic in one group, committing offsets by hand. */
final class KafkaRecordSource implements RecordSource {

    private static final Logger LOG = Logger.getLogger(KafkaRecordSource.class);
    private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(10);
    /** About a batch of envelopes (each near 1 KB). */
    private static final int FETCH_MIN_BYTES = 64 * 1024;

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;

    /**
     * {@code linger}: how long the broker may hold a fetch while less than {@value #FETCH_MIN_BYTES} bytes are
     * waiting. A consumer that keeps up then takes tens of records per poll and transaction instead of one or two,
     * each with its own fetch, commit and offset commit; one that is behind gets full polls at once.
     */
    KafkaRecordSource(String bootstrapServers, String groupId, String topic, int maxPollRecords,
                      Duration sessionTimeout, Duration linger) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-" + topic,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords,
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, FETCH_MIN_BYTES,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) linger.toMillis(),
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        try {
            consumer.subscribe(List.of(topic));
        } catch (RuntimeException e) {
            consumer.close(CloseOptions.timeout(Duration.ZERO));
            throw e;
        }
    }

    @Override
    public List<ConsumerRecord<byte[], byte[]>> poll(Duration timeout) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        consumer.poll(timeout).forEach(records::add);
        return records;
    }

    @Override
    public void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            try {
                consumer.commitSync(offsets, COMMIT_TIMEOUT);
            } catch (WakeupException e) {
                consumer.commitSync(offsets, COMMIT_TIMEOUT); // closing: commit what was done first
            }
        } catch (RuntimeException e) {
            // Not fatal: the records are delivered again and skipped as duplicates.
            LOG.warnf("could not commit offsets %s of %s: %s", offsets, topic, e.toString());
        }
    }

    @Override
    public void seek(TopicPartition partition, long offset) {
        consumer.seek(partition, offset);
    }

    @Override
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        try {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        } catch (RuntimeException e) {
            LOG.debugf("closing the consumer of %s failed: %s", topic, e);
        }
    }
}
