package com.discomcare.kit.outbox;

import com.discomcare.contracts.EventCatalog;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.kit.axon.AxonSetup;
import com.discomcare.kit.kafka.ReliableProducer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The event store is the outbox: this tracking handler reads committed events in order and publishes each to
 * Kafka in the envelope of docs/architecture.md, keyed by aggregate id, named by the topic's {@link EventCatalog}. A
 * batch's token advances only after Kafka has acknowledged every send of the batch, so an event reaches Kafka at
 * least once even across crashes and outages.
 * <p>
 * Not a CDI bean: the kit's {@code ServiceRuntime} makes one for the service's topic, registers it as the only
 * handler of a tracking processor and {@link #close}s it after the processors stopped.
 */
public class KafkaOutbox<E> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaOutbox.class);
    private static final int SCHEMA_VERSION = 1;
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final ObjectMapper json;
    private final String bootstrapServers;
    private final EventCatalog<E> catalog;
    private final String topic;
    private final int partitions;
    private final String clientId;
    private KafkaProducer<String, String> producer;
    private boolean topicReady;

    /**
     * @param catalog    the topic every event goes to, keyed by aggregate id, and the events' names
     * @param partitions the topic's partitions if this outbox has to create it
     * @param clientId   the producer's client id, e.g. the processor's name
     */
    public KafkaOutbox(ObjectMapper json, String bootstrapServers, EventCatalog<E> catalog, int partitions,
                       String clientId) {
        this.json = json;
        this.bootstrapServers = bootstrapServers;
        this.catalog = catalog;
        this.topic = catalog.topic();
        this.partitions = partitions;
        this.clientId = clientId;
    }

    @EventHandler
    void publish(Object payload, DomainEventMessage<?> message) throws JsonProcessingException {
        IntegrationEvent envelope = new IntegrationEvent(
                UUID.fromString(message.getIdentifier()),
                catalog.nameOf(catalog.baseType().cast(payload)),
                message.getAggregateIdentifier(),
                message.getSequenceNumber(),
                message.getTimestamp().atOffset(ZoneOffset.UTC),
                SCHEMA_VERSION,
                (String) message.getMetaData().get(AxonSetup.CORRELATION_ID),
                json.valueToTree(payload));
        var record = new ProducerRecord<>(topic, envelope.aggregateId(), json.writeValueAsString(envelope));
        pendingSendsOfThisBatch().add(producer().send(record));
    }

    /** Sends of one batch, awaited together before the batch (and its token) commits. */
    private List<Future<RecordMetadata>> pendingSendsOfThisBatch() {
        return CurrentUnitOfWork.get().root().getOrComputeResource("kafka-outbox-sends", key -> {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            CurrentUnitOfWork.get().root().onPrepareCommit(unitOfWork -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<Future<RecordMetadata>> sends) {
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            // An idempotent producer that failed a send may refuse later ones: start afresh on the retry.
            resetProducer();
            throw new IllegalStateException("Kafka did not acknowledge the batch; it will be sent again", e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = ReliableProducer.create(bootstrapServers, clientId, new StringSerializer(), new StringSerializer());
        }
        if (!topicReady) {
            createTopicIfMissing();
        }
        return producer;
    }

    private void createTopicIfMissing() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers,
                "default.api.timeout.ms", 5_000, "request.timeout.ms", 5_000))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) -1)))
                    .all().get(10, TimeUnit.SECONDS);
            LOG.infof("created topic %s with %d partitions", topic, partitions);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating topic " + topic, e);
        }
        topicReady = true;
    }

    private synchronized void resetProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    /** Called after the event processors stopped. */
    public void close() {
        resetProducer();
    }
}
