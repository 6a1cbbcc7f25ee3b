package com.discomcare.escalation.consumer;

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

/** Reads complaints.v1 once Axon runs (startup priority after AxonRuntime's), and stops before it. */
@ApplicationScoped
public class ComplaintEventsConsumer {

    static final String GROUP = "escalation-service";

    private final IdempotentConsumer consumer;

    @Inject
    public ComplaintEventsConsumer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                   AgroalDataSource dataSource, ObjectMapper json, ComplaintEventsHandler handler) {
        consumer = IdempotentConsumer.builder()
                .bootstrapServers(bootstrapServers)
                .groupId(GROUP)
                .topic(Topics.COMPLAINTS)
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
