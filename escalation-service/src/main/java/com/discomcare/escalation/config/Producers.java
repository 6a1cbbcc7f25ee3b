package com.discomcare.escalation.config;

import com.discomcare.escalation.domain.Ladder;
import com.discomcare.escalation.domain.LadderFile;
import com.discomcare.contracts.Topics;
import com.discomcare.escalation.consumer.ComplaintEventsHandler;
import com.discomcare.escalation.consumer.KafkaComplaintFeed;
import com.discomcare.kit.kafka.IdempotentConsumer;
import com.discomcare.kit.outbox.KafkaOutbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ladder (loaded once at start; a broken file stops the service), the outbox of escalations.v1, the consumer
 * of complaints.v1 and the feed that tells the timers how far that consumer has come.
 */
public class Producers {

    static final String CONSUMER_GROUP = "escalation-service";

    @Produces
    @Singleton
    Ladder ladder(EscalationServiceConfig config) {
        return config.ladder().map(LadderFile::load).orElseGet(LadderFile::loadDefault);
    }

    // @Singleton, not @ApplicationScoped: without a client proxy, Axon inspects and calls the outbox itself.
    @Produces
    @Singleton
    KafkaOutbox escalationOutbox(ObjectMapper json,
                                 @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                 EscalationServiceConfig config) {
        return new KafkaOutbox(json, bootstrapServers, config.outbox().topic(), config.outbox().partitions(),
                AxonRuntime.OUTBOX);
    }

    // Started and stopped by the kit's ConsumerLifecycle.
    @Produces
    @Singleton
    IdempotentConsumer complaintEvents(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                       AgroalDataSource dataSource, ObjectMapper json, ComplaintEventsHandler handler) {
        return IdempotentConsumer.builder()
                .bootstrapServers(bootstrapServers)
                .groupId(CONSUMER_GROUP)
                .topic(Topics.COMPLAINTS)
                .dataSource(dataSource)
                .json(json)
                .handler(handler)
                .build();
    }

    @Produces
    @Singleton
    KafkaComplaintFeed complaintFeed(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        return new KafkaComplaintFeed(bootstrapServers, CONSUMER_GROUP, Topics.COMPLAINTS);
    }

    void closeComplaintFeed(@Disposes KafkaComplaintFeed feed) {
        feed.close();
    }
}
