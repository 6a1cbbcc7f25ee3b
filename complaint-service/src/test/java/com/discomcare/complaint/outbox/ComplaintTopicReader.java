package com.discomcare.complaint.outbox;

import com.discomcare.contracts.JsonMapping;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A plain Kafka consumer on complaints.v1, independent of the service, reading from the beginning. */
final class ComplaintTopicReader implements AutoCloseable {

    record Message(String key, JsonNode envelope) {
    }

    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<Message> received = new ArrayList<>();

    ComplaintTopicReader(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of("complaints.v1"));
    }

    /** Everything received so far, after one more poll. */
    List<Message> poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
            try {
                received.add(new Message(record.key(), JSON.readTree(record.value())));
            } catch (Exception e) {
                throw new AssertionError("not JSON on complaints.v1: " + record.value(), e);
            }
        }
        return received;
    }

    List<Message> of(String requestNumber) {
        return poll().stream().filter(m -> requestNumber.equals(m.envelope().path("aggregateId").asText())).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
