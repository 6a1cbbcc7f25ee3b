package com.discomcare.kit.kafka;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serializer;

import java.util.Map;

/**
 * The one way the kit produces to Kafka (the outbox, dead letters, their replay): acknowledged by every in-sync
 * replica, idempotent, and bounded in time (5 s to get metadata or an answer, 15 s to give a record up), so that a
 * caller waiting for the acknowledgement learns of an outage in seconds and tries again itself.
 */
public final class ReliableProducer {

    private ReliableProducer() {
    }

    public static <K, V> KafkaProducer<K, V> create(String bootstrapServers, String clientId,
                                                    Serializer<K> keys, Serializer<V> values) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000,
                ProducerConfig.CLIENT_ID_CONFIG, clientId),
                keys, values);
    }
}
