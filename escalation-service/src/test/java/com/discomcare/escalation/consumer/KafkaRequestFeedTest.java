package com.discomcare.escalation.consumer;

import com.discomcare.localstack.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The feed asks a real Kafka broker how far a consumer group has come. */
class KafkaRequestFeedTest {

    private static KafkaBroker kafka;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = new KafkaBroker(0, null);
        kafka.start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void aTopicNothingWasPublishedToHasBeenTakenIn() {
        try (var feed = new KafkaRequestFeed(kafka.bootstrapServers(), "group-" + UUID.randomUUID(),
                List.of("never-" + UUID.randomUUID()))) {
            assertThat(feed.takenInUntil(Instant.now())).isTrue();
        }
    }

    @Test
    void theFeedIsBehindUntilTheGroupHasCommittedEveryPartitionToItsEnd() {
        String topic = "feed-" + UUID.randomUUID();
        String group = "group-" + UUID.randomUUID();
        kafka.createTopics(topic);
        publish(topic, "260000000011", "260000000029", "260000000037", "260000000045");
        Instant published = Instant.now();
        try (var feed = new KafkaRequestFeed(kafka.bootstrapServers(), group, List.of(topic))) {
            assertThat(feed.takenInUntil(published)).as("nothing consumed yet").isFalse();

            consumeAndCommit(topic, group, 4);

            await().atMost(Duration.ofSeconds(10)).until(() -> feed.takenInUntil(published));
            assertThat(feed.takenInUntil(Instant.now().plusSeconds(60))).as("the future is not known").isFalse();

            publish(topic, "260000000053");
            Instant later = Instant.now();
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                    .until(() -> !feed.takenInUntil(later));
            assertThat(feed.takenInUntil(published)).as("what was known stays known").isTrue();
        }
    }

    /** complaints.v1 and connections.v1: the feed is behind while either is, and a topic never created is no obstacle. */
    @Test
    void withSeveralTopicsTheFeedIsBehindWhileAnyOfThemIs() {
        String complaints = "feed-" + UUID.randomUUID();
        String connections = "feed-" + UUID.randomUUID();
        String group = "group-" + UUID.randomUUID();
        kafka.createTopics(complaints, connections);
        publish(complaints, "260000000011");
        publish(connections, "5260000000012", "6260000000019");
        Instant published = Instant.now();
        try (var feed = new KafkaRequestFeed(kafka.bootstrapServers(), group,
                List.of(complaints, connections, "never-" + UUID.randomUUID()))) {
            consumeAndCommit(complaints, group, 1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> !feed.takenInUntil(published));

            consumeAndCommit(connections, group, 2);
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.takenInUntil(published));
        }
    }

    @Test
    void aBrokerThatCannotBeAskedMeansBehind() throws Exception {
        int nothingListens;
        try (var socket = new ServerSocket(0)) {
            nothingListens = socket.getLocalPort();
        }
        try (var feed = new KafkaRequestFeed("localhost:" + nothingListens, "group-" + UUID.randomUUID(), List.of("t"))) {
            assertThat(feed.takenInUntil(Instant.now())).isFalse();
        }
    }

    private static void publish(String topic, String... keys) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (String key : keys) {
                producer.send(new ProducerRecord<>(topic, key, "{}"));
            }
            producer.flush();
        }
    }

    private static void consumeAndCommit(String topic, String group, int records) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            int[] seen = {0};
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                seen[0] += consumer.poll(Duration.ofMillis(200)).count();
                return seen[0] >= records;
            });
            consumer.commitSync();
        }
    }
}
