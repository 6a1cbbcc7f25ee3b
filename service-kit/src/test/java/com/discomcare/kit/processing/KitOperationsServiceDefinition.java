package com.discomcare.kit.processing;

import com.discomcare.kit.axon.AxonSetup;
import com.discomcare.kit.jdbc.Sql;
import com.discomcare.kit.runtime.ServiceDefinition;
import com.discomcare.kit.runtime.ServiceSpec;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service on the kit runtime with two tracking processors: a read model that writes each event's text to a
 * table (and cannot store a NUL, as PostgreSQL refuses it), which the runtime guards with
 * {@link RecordAndSkipFailedEvents}, and an outbox-like processor that fails on the events a test blocks, and keeps
 * retrying them.
 */
@IfBuildProfile(KitOperationsTestProfile.PROFILE)
@ApplicationScoped
public class KitOperationsServiceDefinition implements ServiceDefinition {

    public static final String READ_MODEL = "kit-test-read-model";
    public static final String OUTBOX = "kit-test-outbox";

    /** Event ids the outbox-like processor fails on, as if Kafka refused them. */
    public static final Set<String> BLOCKED = ConcurrentHashMap.newKeySet();

    @Inject
    Sql sql;

    @Override
    public void define(ServiceSpec spec) {
        spec.beforeStart(() -> sql.update(
                        "CREATE TABLE IF NOT EXISTS kit_test_view (event_id VARCHAR(255) PRIMARY KEY, text TEXT NOT NULL)"))
                .readModel(READ_MODEL, new ReadModel(sql))
                .axon(configurer -> AxonSetup.trackingProcessor(configurer.eventProcessing(), OUTBOX, new OutboxLike(), 10,
                        Duration.ZERO));
    }

    static final class ReadModel {
        private final Sql sql;

        ReadModel(Sql sql) {
            this.sql = sql;
        }

        @EventHandler
        void on(TestEvent event, EventMessage<?> message) {
            sql.update("INSERT INTO kit_test_view (event_id, text) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    message.getIdentifier(), event.text());
        }
    }

    static final class OutboxLike {
        @EventHandler
        void on(TestEvent event, EventMessage<?> message) {
            if (BLOCKED.contains(message.getIdentifier())) {
                throw new IllegalStateException("Kafka did not acknowledge " + message.getIdentifier());
            }
        }
    }
}
