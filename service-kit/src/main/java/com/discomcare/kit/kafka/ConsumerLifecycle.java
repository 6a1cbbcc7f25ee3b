package com.discomcare.kit.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Starts every {@link IdempotentConsumer} a service produces as a CDI bean once its Axon configuration runs (which
 * starts at priority 1: the handlers send commands), and closes them before Axon stops.
 */
@ApplicationScoped
public class ConsumerLifecycle {

    @Inject
    Instance<IdempotentConsumer> consumers;

    void start(@Observes @Priority(10) StartupEvent startup) {
        consumers.forEach(IdempotentConsumer::start);
    }

    void stop(@Observes @Priority(1) ShutdownEvent shutdown) {
        consumers.forEach(IdempotentConsumer::close);
    }
}
