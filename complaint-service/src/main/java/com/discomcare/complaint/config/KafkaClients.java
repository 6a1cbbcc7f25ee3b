package com.discomcare.complaint.config;

import com.discomcare.complaint.consumer.EscalationEventsHandler;
import com.discomcare.contracts.Topics;
import com.discomcare.kit.kafka.IdempotentConsumer;
import com.discomcare.kit.outbox.KafkaOutbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The outbox that publishes complaint events (complaints.v1), and the consumer of escalations.v1. */
public class KafkaClients {

    // @Singleton, not @ApplicationScoped: without a client proxy, Axon inspects and calls the outbox itself.
    @Produces
    @Singleton
    KafkaOutbox complaintOutbox(ObjectMapper json,
                                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                ComplaintServiceConfig config) {
        return new KafkaOutbox(json, bootstrapServers, config.outbox().topic(), config.outbox().partitions(),
                AxonRuntime.OUTBOX);
    }

    // Started and stopped by the kit's ConsumerLifecycle.
    @Produces
    @Singleton
    IdempotentConsumer escalationEvents(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                        AgroalDataSource dataSource, ObjectMapper json, EscalationEventsHandler handler) {
        return IdempotentConsumer.builder()
                .bootstrapServers(bootstrapServers)
                .groupId("complaint-service")
                .topic(Topics.ESCALATIONS)
                .dataSource(dataSource)
                .json(json)
                .handler(handler)
                .build();
    }
}
