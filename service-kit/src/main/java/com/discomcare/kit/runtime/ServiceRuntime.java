package com.discomcare.kit.runtime;

import com.discomcare.kit.axon.AxonSetup;
import com.discomcare.kit.axon.JtaTransactionManager;
import com.discomcare.kit.deadletter.ConsumedTopics;
import com.discomcare.kit.processing.RecordAndSkipFailedEvents;
import com.discomcare.kit.kafka.EventSubscriber;
import com.discomcare.kit.kafka.IdempotentConsumer;
import com.discomcare.kit.outbox.KafkaOutbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a service: reads its {@link ServiceDefinition} and starts everything in one order, on Quarkus' startup
 * event (after Flyway has migrated the database, before the HTTP port opens):
 * <ol>
 * <li>the definition's {@link ServiceSpec#beforeStart} tasks, in order (e.g. seeding the roster the aggregates
 *     read);</li>
 * <li>Axon: the JDBC event store and token store in the service's PostgreSQL, JSON serialisation, correlation ids
 *     from command metadata to events, JTA transactions; the aggregates and components; the handlers that run in
 *     the command's transaction; a tracking processor per read model; the outbox processor that publishes the
 *     service's events to its topic;</li>
 * <li>an {@link IdempotentConsumer} per subscription (they send commands, so Axon runs first), in the consumer group
 *     named after the service;</li>
 * <li>{@link ServiceStarted}, for what reports on the processors and consumers (metrics).</li>
 * </ol>
 * A read model that cannot apply an event retries it, then records it in {@code projection_failure} and goes on
 * ({@link RecordAndSkipFailedEvents}); the outbox never skips an event: it retries until Kafka takes it.
 * On shutdown the same in reverse: consumers, then Axon's processors, then the outbox's Kafka producer. This is the
 * only start-up observer of the kit; services need none of their own.
 */
@ApplicationScoped
public class ServiceRuntime implements ConsumedTopics {

    private static final Logger LOG = Logger.getLogger(ServiceRuntime.class);

    private final ServiceDefinition definition;
    private final KitConfig config;
    private final AgroalDataSource dataSource;
    private final JtaTransactionManager transactionManager;
    private final ObjectMapper json;
    private final Event<ServiceStarted> started;

    private Configuration axon;
    private KafkaOutbox<?> outbox;
    private final List<IdempotentConsumer<?>> consumers = new ArrayList<>();

    @Inject
    public ServiceRuntime(ServiceDefinition definition, KitConfig config, AgroalDataSource dataSource,
                          JtaTransactionManager transactionManager, ObjectMapper json,
                          Event<ServiceStarted> started) {
        this.definition = definition;
        this.config = config;
        this.dataSource = dataSource;
        this.transactionManager = transactionManager;
        this.json = json;
        this.started = started;
    }

    void start(@Observes StartupEvent startup) {
        ServiceSpec spec = new ServiceSpec();
        definition.define(spec);
        spec.beforeStart.forEach(Runnable::run);

        Configurer configurer = AxonSetup.configurer(dataSource, transactionManager);
        spec.aggregates.forEach(configurer::configureAggregate);
        spec.axonSettings.forEach(settings -> settings.accept(configurer));
        EventProcessingConfigurer processing = configurer.eventProcessing();
        spec.commandTransactionHandlers.forEach(p -> AxonSetup.subscribingProcessor(processing, p.name(), p.handler()));
        spec.readModels.forEach(p -> {
            AxonSetup.trackingProcessor(processing, p.name(), p.handler(), config.readModels().batchSize(),
                    config.readModels().linger());
            processing.registerHandlerInterceptor(p.name(),
                    c -> RecordAndSkipFailedEvents.forReadModel(p.name(), dataSource));
        });
        if (spec.publication != null) {
            outbox = new KafkaOutbox<>(json, config.kafka().bootstrapServers(), spec.publication.catalog(),
                    config.outbox().partitions(), spec.publication.processorName());
            AxonSetup.trackingProcessor(processing, spec.publication.processorName(), outbox,
                    config.outbox().batchSize(), config.outbox().linger());
        }
        axon = configurer.buildConfiguration();
        axon.start();

        spec.subscribers.forEach(subscriber -> consumers.add(consumer(subscriber)));
        consumers.forEach(IdempotentConsumer::start);
        LOG.infof("%s runs: %d aggregate(s), %d read model(s), publishing to %s, consuming %s", config.serviceName(),
                spec.aggregates.size(), spec.readModels.size(),
                spec.publication == null ? "nothing" : spec.publication.catalog().topic(),
                consumers.stream().map(IdempotentConsumer::topic).toList());
        started.fire(new ServiceStarted(config.serviceName()));
    }

    private <E> IdempotentConsumer<E> consumer(EventSubscriber<E> subscriber) {
        return IdempotentConsumer.builder(subscriber)
                .bootstrapServers(config.kafka().bootstrapServers())
                .groupId(config.serviceName())
                .dataSource(dataSource)
                .json(json)
                .batchSize(config.consumers().batchSize())
                .maxAttempts(config.consumers().maxAttempts())
                .sessionTimeout(config.consumers().sessionTimeout())
                .linger(config.consumers().linger())
                .build();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        consumers.forEach(IdempotentConsumer::close);
        if (axon != null) {
            axon.shutdown();
        }
        if (outbox != null) {
            outbox.close();
        }
    }

    /** The running Axon configuration: its processors, for health and operations. */
    public Configuration configuration() {
        return axon;
    }

    /** The topics the service consumes, each in the service's consumer group: where its dead letters come from. */
    @Override
    public List<ConsumedTopic> consumedTopics() {
        return consumers.stream().map(c -> new ConsumedTopic(c.topic(), c.groupId())).toList();
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
