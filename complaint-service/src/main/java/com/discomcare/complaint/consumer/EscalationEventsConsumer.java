package com.discomcare.complaint.consumer;

import com.discomcare.contracts.Topics;
import com.discomcare.kit.kafka.IdempotentConsumer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads escalations.v1 once Axon runs, and stops before it. */
@ApplicationScoped
public class EscalationEventsConsumer {

    private final IdempotentConsumer consumer;

    @Inject
    public EscalationEventsConsumer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                    AgroalDataSource dataSource, ObjectMapper json, EscalationEventsHandler handler) {
        consumer = IdempotentConsumer.builder()
                .bootstrapServers(bootstrapServers)
                .groupId("complaint-service")
                .topic(Topics.ESCALATIONS)
                .dataSource(dataSource)
                .json(json)
                .handler(handler)
                .build();
    }

    void start(@Observes @Priority(10) StartupEvent startup) {
        consumer.start();
    }

    void stop(@Observes @Priority(1) ShutdownEvent shutdown) {
        consumer.close();
    }
}
