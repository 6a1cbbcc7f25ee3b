package com.discomcare.escalation.consumer;

import com.discomcare.escalation.domain.ComplaintFeed;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Knows how far the consumer group has taken in complaints.v1 by asking Kafka: if, at a moment {@code t}, the
 * group's committed offsets have reached the end of every partition, every complaint event published before
 * {@code t} has been applied (the consumer commits an offset only after the record's transaction). One check at
 * {@code t} answers for every earlier time, so timers falling due together share it. While Kafka cannot be asked,
 * the answer is no: escalations wait rather than risk one for a complaint whose resolution is on its way.
 */
public class KafkaComplaintFeed implements ComplaintFeed, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaComplaintFeed.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** A negative answer stands this long, so that many waiting timers do not each ask Kafka. */
    private static final Duration BEHIND_ANSWER_STANDS = Duration.ofMillis(250);

    private final String bootstrapServers;
    private final String groupId;
    private final String topic;
    private Admin admin;
    private Instant caughtUpAt = Instant.EPOCH;
    private Instant behindAt = Instant.EPOCH;

    public KafkaComplaintFeed(String bootstrapServers, String groupId, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
        this.topic = topic;
    }

    @Override
    public synchronized boolean takenInUntil(Instant time) {
        if (!caughtUpAt.isBefore(time)) {
            return true;
        }
        Instant now = Instant.now();
        if (now.isBefore(behindAt.plus(BEHIND_ANSWER_STANDS)) || now.isBefore(time)) {
            return false;
        }
        try {
            if (caughtUp()) {
                caughtUpAt = now;
                return !now.isBefore(time);
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.debugf("cannot tell how far %s has taken in %s: %s", groupId, topic, e.toString());
            closeAdmin(); // a fresh client on the next check
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        behindAt = now;
        return false;
    }

    /** Whether the group's committed offsets are at the end of every partition of the topic, as of now. */
    private boolean caughtUp() throws ExecutionException, InterruptedException, TimeoutException {
        Admin client = admin();
        List<TopicPartition> partitions;
        try {
            partitions = client.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return true; // nothing was ever published
            }
            throw e;
        }
        Map<TopicPartition, ListOffsetsResultInfo> ends = client.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            if ((done == null ? 0 : done.offset()) < ends.get(partition).offset()) {
                return false;
            }
        }
        return true;
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                    AdminClientConfig.CLIENT_ID_CONFIG, groupId + "-feed"));
        }
        return admin;
    }

    private void closeAdmin() {
        if (admin != null) {
            admin.close(Duration.ZERO);
            admin = null;
        }
    }

    @Override
    public synchronized void close() {
        closeAdmin();
    }
}
