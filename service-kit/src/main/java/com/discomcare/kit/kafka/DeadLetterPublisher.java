package com.discomcare.kit.kafka;

import com.discomcare.contracts.Topics;
import com.discomcare.kit.deadletter.DeadLetter;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Copies a record that cannot be processed to its topic's dead-letter topic ({@link Topics#deadLetterTopicOf}):
 * the same key, value and headers, plus the {@code dlq-*} headers that say why, where from and when. Waits for
 * Kafka's acknowledgement, so that the caller moves past the record only once its copy is safe.
 */
final class DeadLetterPublisher implements DeadLetters {


    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_REASON_LENGTH = 2_000;

    private final String bootstrapServers;
    private final String clientId;
    private final String consumerGroup;
    private final Set<String> topicsReady = new HashSet<>();
    private KafkaProducer<byte[], byte[]> producer;

    DeadLetterPublisher(String bootstrapServers, String clientId, String consumerGroup) {
        this.bootstrapServers = bootstrapServers;
        this.clientId = clientId;
        this.consumerGroup = consumerGroup;
    }

    /** Publishes and waits for the acknowledgement; throws {@link IllegalStateException} if Kafka did not take it. */
    @Override
    public String publish(ConsumerRecord<byte[], byte[]> record, String reason) {
        String topic = Topics.deadLetterTopicOf(record.topic());
        createTopicIfMissing(topic);
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DeadLetter.HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        String shortReason = reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
        headers.add(DeadLetter.REASON, utf8(shortReason));
        headers.add(DeadLetter.SOURCE_TOPIC, utf8(record.topic()));
        headers.add(DeadLetter.SOURCE_PARTITION, utf8(Integer.toString(record.partition())));
        headers.add(DeadLetter.SOURCE_OFFSET, utf8(Long.toString(record.offset())));
        headers.add(DeadLetter.FAILED_AT, utf8(OffsetDateTime.now(ZoneOffset.UTC).toString()));
        headers.add(DeadLetter.CONSUMER_GROUP, utf8(consumerGroup));
        try {
            RecordMetadata kept = producer().send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers))
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return DeadLetter.idOf(kept.topic(), kept.partition(), kept.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to " + topic, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // An idempotent producer that failed a send may refuse later ones: start afresh next time.
            closeProducer();
            throw new IllegalStateException("Kafka did not take the dead letter for " + topic, e);
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = ReliableProducer.create(bootstrapServers, clientId + "-dlq", new ByteArraySerializer(),
                    new ByteArraySerializer());
        }
        return producer;
    }

    /** With the broker's default partitions and replication, where the broker does not create topics itself. */
    private void createTopicIfMissing(String topic) {
        if (topicsReady.contains(topic)) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty())))
                    .all().get(10, TimeUnit.SECONDS);
            LOG.infof("created dead-letter topic %s", topic);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                // e.g. not allowed to create topics: the send below still works if the topic exists
                LOG.warnf("could not create dead-letter topic %s: %s", topic, e.getCause().toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating topic " + topic, e);
        }
        topicsReady.add(topic);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }
}
