package com.discomcare.complaint.config;

import com.discomcare.kit.outbox.KafkaOutbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The outbox that publishes complaint events to {@code complaint.outbox.topic} (complaints.v1). */
public class OutboxProducer {

    // @Singleton, not @ApplicationScoped: without a client proxy, Axon inspects and calls the outbox itself.
    @Produces
    @Singleton
    KafkaOutbox complaintOutbox(ObjectMapper json,
                                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                ComplaintServiceConfig config) {
        return new KafkaOutbox(json, bootstrapServers, config.outbox().topic(), config.outbox().partitions(),
                AxonRuntime.OUTBOX);
    }
}
