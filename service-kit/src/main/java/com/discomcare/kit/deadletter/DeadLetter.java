package com.discomcare.kit.deadletter;

import java.time.OffsetDateTime;

/**
 * One record of a dead-letter topic that a consumer group of this service put there: where it lies, what it
 * carries (from the envelope, when the value is one), why and when it failed, where it came from, and whether it
 * was replayed.
 *
 * @param id         {@code <dead-letter topic>:<partition>:<offset>}, for {@code POST .../{id}/replay}
 * @param eventId    the envelope's, or null if the value is not a readable envelope (also eventType, aggregateId)
 * @param replayedAt when it was sent again to its source topic, or null while pending
 */
public record DeadLetter(String id, String topic, int partition, long offset, String key, String eventId,
                         String eventType, String aggregateId, String reason, String failedAt, String sourceTopic,
                         Integer sourcePartition, Long sourceOffset, String consumerGroup, boolean replayed,
                         OffsetDateTime replayedAt) {

    public static final String REASON = "dlq-reason";
    public static final String SOURCE_TOPIC = "dlq-source-topic";
    public static final String SOURCE_PARTITION = "dlq-source-partition";
    public static final String SOURCE_OFFSET = "dlq-source-offset";
    public static final String FAILED_AT = "dlq-failed-at";
    public static final String CONSUMER_GROUP = "dlq-consumer-group";
    public static final String HEADER_PREFIX = "dlq-";

    public static String idOf(String topic, int partition, long offset) {
        return topic + ":" + partition + ":" + offset;
    }

    DeadLetter replayedAt(OffsetDateTime at) {
        return new DeadLetter(id, topic, partition, offset, key, eventId, eventType, aggregateId, reason, failedAt,
                sourceTopic, sourcePartition, sourceOffset, consumerGroup, at != null, at);
    }
}
