package com.discomcare.kit.runtime;

import com.discomcare.contracts.EventCatalog;
import com.discomcare.kit.kafka.EventSubscriber;
import org.axonframework.config.Configurer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** What a {@link ServiceDefinition} declares; the {@link ServiceRuntime} reads it once at start. */
public final class ServiceSpec {

    /** A processor of the service's own events: its name (the key of its token) and its handler. */
    public record Processor(String name, Object handler) {
    }

    /** The service's public topic and the tracking processor that publishes to it. */
    public record Publication(EventCatalog<?> catalog, String processorName) {
    }

    final List<Runnable> beforeStart = new ArrayList<>();
    final List<Class<?>> aggregates = new ArrayList<>();
    final List<Consumer<Configurer>> axonSettings = new ArrayList<>();
    final List<Processor> commandTransactionHandlers = new ArrayList<>();
    final List<Processor> readModels = new ArrayList<>();
    final List<EventSubscriber<?>> subscribers = new ArrayList<>();
    Publication publication;

    ServiceSpec() {
    }

    /** Work that must be done before anything else runs (e.g. seeding a table the aggregates read). */
    public ServiceSpec beforeStart(Runnable task) {
        beforeStart.add(Objects.requireNonNull(task));
        return this;
    }

    public ServiceSpec aggregate(Class<?> type) {
        aggregates.add(type);
        return this;
    }

    /** Makes {@code instance} a parameter that command and deadline handlers may declare. */
    public <T> ServiceSpec component(Class<T> type, T instance) {
        Objects.requireNonNull(instance);
        axonSettings.add(configurer -> configurer.registerComponent(type, c -> instance));
        return this;
    }

    /** Anything else the service's Axon needs (e.g. a deadline manager); applied after the kit's own settings. */
    public ServiceSpec axon(Consumer<Configurer> settings) {
        axonSettings.add(settings);
        return this;
    }

    /** The service's events go to {@code catalog}'s topic through the outbox processor {@code processorName}. */
    public ServiceSpec publishes(EventCatalog<?> catalog, String processorName) {
        if (publication != null) {
            throw new IllegalStateException("a service publishes one topic");
        }
        publication = new Publication(catalog, processorName);
        return this;
    }

    /**
     * A read model: a tracking processor that applies the service's events in order, in batches, in its own
     * transactions, behind the commands.
     */
    public ServiceSpec readModel(String processorName, Object handler) {
        readModels.add(new Processor(processorName, handler));
        return this;
    }

    /** A handler that must see each event in the command's own transaction (e.g. a uniqueness index). */
    public ServiceSpec inCommandTransaction(String processorName, Object handler) {
        commandTransactionHandlers.add(new Processor(processorName, handler));
        return this;
    }

    /** Consumes another service's topic, idempotently, with {@code subscriber}. */
    public ServiceSpec consumes(EventSubscriber<?> subscriber) {
        subscribers.add(subscriber);
        return this;
    }
}
