package com.discomcare.kit.axon;

import com.discomcare.contracts.JsonMapping;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Axon Framework wired by hand inside Quarkus (there is no Axon extension), the same way for every service: the
 * event store and tracking tokens live in the service's PostgreSQL and share Quarkus' JTA transactions (pass the
 * {@link JtaTransactionManager} bean); events, snapshots and tokens are JSON written with the contracts'
 * {@link JsonMapping}; the {@value #CORRELATION_ID} metadata of a command is copied onto the events it causes.
 * <p>
 * The tables this needs ({@code domainevententry}, {@code snapshotevententry}, {@code tokenentry}, payloads as
 * {@code bytea}) come with the kit as the Flyway migration {@code db/kit/V1__axon_event_store_and_tokens.sql}; the
 * kit's settings add {@code db/kit} to every service's Flyway locations.
 * <p>
 * The kit's {@code ServiceRuntime} uses these to build each service's configuration from its definition.
 */
public final class AxonSetup {

    /** The metadata key that carries a request's correlation id from the command to its events and to Kafka. */
    public static final String CORRELATION_ID = "correlationId";
    private static final String UNIQUE_VIOLATION = "23505";

    private AxonSetup() {
    }

    /** A configurer with the serializer, the JDBC event store and token store, correlation and transactions set. */
    public static Configurer configurer(DataSource dataSource, TransactionManager transactionManager) {
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
                        .build());
        configurer.eventProcessing()
                .registerTokenStore(c -> JdbcTokenStore.builder()
                        .connectionProvider(connections)
                        .serializer(serializer)
                        .contentType(byte[].class)
                        .claimTimeout(Duration.ofSeconds(5))
                        .build());
        return configurer;
    }

    /**
     * Registers a single-threaded tracking processor {@code name} (reading the event store in order, its token in
     * {@code tokenentry}) whose only handler is {@code handler}, reading up to {@code batchSize} events per
     * transaction and, once caught up, waiting {@code linger} for more to arrive (see {@link LingeringEventSource}).
     */
    public static EventProcessingConfigurer trackingProcessor(EventProcessingConfigurer processing, String name,
                                                              Object handler, int batchSize, Duration linger) {
        processing.registerTrackingEventProcessor(name,
                c -> new LingeringEventSource(c.eventStore(), linger, batchSize), c -> tracking(batchSize));
        return onlyHandler(processing, name, handler);
    }

    /**
     * Registers a subscribing processor {@code name} (handling events in the command's own transaction) whose only
     * handler is {@code handler}.
     */
    public static EventProcessingConfigurer subscribingProcessor(EventProcessingConfigurer processing, String name,
                                                                 Object handler) {
        processing.registerSubscribingEventProcessor(name);
        return onlyHandler(processing, name, handler);
    }

    private static EventProcessingConfigurer onlyHandler(EventProcessingConfigurer processing, String name,
                                                         Object handler) {
        return processing.registerEventHandler(c -> handler)
                // By identity: two handlers of one class can serve two processors.
                .assignHandlerInstancesMatching(name, candidate -> candidate == handler)
                // Skipping an event would lose it from a read model or from Kafka: fail and retry instead.
                .registerListenerInvocationErrorHandler(name, c -> PropagatingErrorHandler.instance());
    }

    private static TrackingEventProcessorConfiguration tracking(int batchSize) {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andBatchSize(batchSize)
                .andTokenClaimInterval(1, TimeUnit.SECONDS);
    }
}
