package com.discomcare.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private static final String TOPIC = "complaint-events";

    @Test
    void comesBackOnTheSamePortWithItsRecords() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(0, null)) {
            broker.start();
            broker.createTopics(TOPIC);
            broker.createTopics(TOPIC); // idempotent
            int port = broker.port();
            try (KafkaProducer<String, String> producer = producer(broker)) {
                // One key, so one partition: records read back in the order written
                send(producer, "before");
                assertEquals(List.of("before"), consume(broker, 1));

                broker.stop();
                assertFalse(broker.isRunning());
                // Sent while the broker is down, delivered once it is back. Off this thread: with the broker
                // gone the producer drops its metadata, and send() blocks until it has it again.
                CompletableFuture<Void> during = CompletableFuture.runAsync(() -> send(producer, "during"));
                broker.start();
                during.get(60, TimeUnit.SECONDS);
                send(producer, "after");
            }
            assertEquals(port, broker.port());
            assertEquals(List.of("before", "during", "after"), consume(broker, 3));
        }
    }

    private static void send(KafkaProducer<String, String> producer, String value) {
        try {
            producer.send(new ProducerRecord<>(TOPIC, "complaint-1", value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Could not send " + value, e);
        }
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    /** Reads the topic from the start with a new group until {@code expected} records came, or 30 s passed. */
    private static List<String> consume(KafkaBroker broker, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, UUID.randomUUID().toString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
