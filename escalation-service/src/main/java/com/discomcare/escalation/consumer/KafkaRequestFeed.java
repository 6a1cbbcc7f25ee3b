package com.discomcare.escalation.consumer;

import com.discomcare.escalation.domain.RequestFeed;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Knows how far the consumer group has taken in the request topics (complaints.v1, connections.v1) by asking Kafka:
 * if, at a moment {@code t}, the group's committed offsets have reached the end of every partition of every topic,
 * every request event published before {@code t} has been applied (the consumer commits an offset only after the
 * record's transaction). One check at {@code t} answers for every earlier time, so timers falling due together share
 * it. While Kafka cannot be asked, the answer is no: escalations wait rather than risk one for a request whose
 * resolution or release is on its way.
 */
public class KafkaRequestFeed implements RequestFeed, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaRequestFeed.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** A negative answer stands this long, so that many waiting timers do not each ask Kafka. */
    private static final Duration BEHIND_ANSWER_STANDS = Duration.ofMillis(250);

    private final String bootstrapServers;
    private final String groupId;
    private final List<String> topics;
    private Admin admin;
    private Instant caughtUpAt = Instant.EPOCH;
    private Instant behindAt = Instant.EPOCH;

    public KafkaRequestFeed(String bootstrapServers, String groupId, List<String> topics) {
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
        this.topics = List.copyOf(topics);
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
            LOG.debugf("cannot tell how far %s has taken in %s: %s", groupId, topics, e.toString());
            closeAdmin(); // a fresh client on the next check
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        behindAt = now;
        return false;
    }

    /** Whether the group's committed offsets are at the end of every partition of the topics, as of now. */
    private boolean caughtUp() throws ExecutionException, InterruptedException, TimeoutException {
        Admin client = admin();
        List<TopicPartition> partitions = new ArrayList<>();
        var descriptions = client.describeTopics(topics).topicNameValues();
        for (String topic : topics) {
            try {
                TopicDescription description = descriptions.get(topic).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                description.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                // nothing was ever published to it
            }
        }
        if (partitions.isEmpty()) {
            return true;
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
