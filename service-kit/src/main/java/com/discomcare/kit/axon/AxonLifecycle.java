package com.discomcare.kit.axon;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Holds a service's running Axon configuration: the service builds it on Quarkus' startup event and hands it to
 * {@link #start}; this makes its command gateway and event store injectable and shuts it down with Quarkus, then
 * closes what must outlive the event processors (an outbox's Kafka producer).
 */
@ApplicationScoped
public class AxonLifecycle {

    private static final Logger LOG = Logger.getLogger(AxonLifecycle.class);

    private Configuration axon;
    private List<AutoCloseable> closeAfterShutdown = List.of();

    public void start(Configuration configuration, AutoCloseable... closeAfterShutdown) {
        axon = configuration;
        this.closeAfterShutdown = List.of(closeAfterShutdown);
        axon.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (axon != null) {
            axon.shutdown();
        }
        for (AutoCloseable resource : closeAfterShutdown) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("could not close " + resource + " after Axon stopped", e);
            }
        }
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
