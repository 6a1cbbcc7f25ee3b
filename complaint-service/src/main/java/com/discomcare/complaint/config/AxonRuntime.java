package com.discomcare.complaint.config;

import com.discomcare.complaint.domain.ComplaintAggregate;
import com.discomcare.complaint.outbox.KafkaOutbox;
import com.discomcare.complaint.policy.ComplaintPolicy;
import com.discomcare.complaint.projection.ComplaintProjection;
import com.discomcare.complaint.projection.OpenComplaintIndex;
import com.discomcare.contracts.JsonMapping;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.time.Duration;
import java.util.List;

/**
 * Axon Framework wired by hand inside Quarkus (there is no Axon extension): the event store and tracking tokens
 * live in the service's PostgreSQL and share Quarkus' JTA transactions; events are JSON.
 */
@ApplicationScoped
public class AxonRuntime {

    public static final String PROJECTION = "complaint-projection";
    public static final String OUTBOX = "complaint-outbox";
    public static final String LOOKUP = "complaint-lookup";
    public static final String CORRELATION_ID = "correlationId";
    private static final String UNIQUE_VIOLATION = "23505";

    private final AgroalDataSource dataSource;
    private final JtaTransactionManager transactionManager;
    private final ComplaintServiceConfig config;
    private final ComplaintPolicy policy;
    private final ComplaintProjection projection;
    private final OpenComplaintIndex openComplaintIndex;
    private final KafkaOutbox outbox;
    private Configuration axon;

    @Inject
    public AxonRuntime(AgroalDataSource dataSource, JtaTransactionManager transactionManager,
                       ComplaintServiceConfig config, ComplaintPolicy policy, ComplaintProjection projection,
                       OpenComplaintIndex openComplaintIndex, KafkaOutbox outbox) {
        this.dataSource = dataSource;
        this.transactionManager = transactionManager;
        this.config = config;
        this.policy = policy;
        this.projection = projection;
        this.openComplaintIndex = openComplaintIndex;
        this.outbox = outbox;
    }

    void start(@Observes StartupEvent startup) {
        Serializer serializer = JacksonSerializer.builder().objectMapper(JsonMapping.newMapper()).build();
        ConnectionProvider connections = dataSource::getConnection;
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureTransactionManager(c -> transactionManager)
                .configureCorrelationDataProviders(c -> List.of(new SimpleCorrelationDataProvider(CORRELATION_ID)))
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(connections)
                        .transactionManager(transactionManager)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .dataType(byte[].class)
                        // PostgreSQL's unique_violation on (aggregate, sequence) is a concurrent change: 409, not 500.
                        .persistenceExceptionResolver(new SQLStateResolver(UNIQUE_VIOLATION))
                        .build())
                .registerComponent(ComplaintPolicy.class, c -> policy)
                .configureAggregate(ComplaintAggregate.class);
        configurer.eventProcessing()
                .registerTokenStore(c -> JdbcTokenStore.builder()
                        .connectionProvider(connections)
                        .serializer(serializer)
                        .contentType(byte[].class)
                        .claimTimeout(Duration.ofSeconds(5))
                        .build())
                .registerSubscribingEventProcessor(LOOKUP)
                .registerTrackingEventProcessor(PROJECTION, Configuration::eventStore, c -> tracking(config.projection().batchSize()))
                .registerTrackingEventProcessor(OUTBOX, Configuration::eventStore, c -> tracking(config.outbox().batchSize()))
                .registerEventHandler(c -> openComplaintIndex)
                .registerEventHandler(c -> projection)
                .registerEventHandler(c -> outbox)
                .assignHandlerInstancesMatching(LOOKUP, handler -> handler == openComplaintIndex)
                .assignHandlerInstancesMatching(PROJECTION, handler -> handler == projection)
                .assignHandlerInstancesMatching(OUTBOX, handler -> handler == outbox)
                // Skipping an event would lose it from the read model or from Kafka: fail and retry instead.
                .registerListenerInvocationErrorHandler(LOOKUP, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(PROJECTION, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(OUTBOX, c -> PropagatingErrorHandler.instance());
        axon = configurer.buildConfiguration();
        axon.start();
    }

    private static TrackingEventProcessorConfiguration tracking(int batchSize) {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andBatchSize(batchSize)
                .andTokenClaimInterval(1, java.util.concurrent.TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (axon != null) {
            axon.shutdown();
        }
        outbox.close();
    }

    public Configuration configuration() {
        return axon;
    }

    @Produces
    @ApplicationScoped
    CommandGateway commandGateway() {
        return axon.commandGateway();
    }

    @Produces
    @ApplicationScoped
    EventStore eventStore() {
        return axon.eventStore();
    }
}
