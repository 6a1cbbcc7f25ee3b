package com.discomcare.localstack;

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

/** For tests: a plain Kafka consumer of one topic, independent of the services, reading from the beginning. */
public final class TopicReader implements AutoCloseable {

    /** One record: its key and its value (an event envelope) as JSON. */
    public record Message(String key, JsonNode envelope) {

        public String eventType() {
            return envelope.path("eventType").asText();
        }
    }

    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<Message> received = new ArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Everything received so far, after one more poll. */
    public List<Message> poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
            try {
                received.add(new Message(record.key(), JSON.readTree(record.value())));
            } catch (Exception e) {
                throw new AssertionError("not JSON on " + record.topic() + ": " + record.value(), e);
            }
        }
        return received;
    }

    /** The messages received so far about one aggregate, in the order they arrived. */
    public List<Message> of(String aggregateId) {
        return poll().stream().filter(m -> aggregateId.equals(m.envelope().path("aggregateId").asText())).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
