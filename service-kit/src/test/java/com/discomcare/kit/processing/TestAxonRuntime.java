package com.discomcare.kit.processing;

import com.discomcare.kit.axon.AxonLifecycle;
import com.discomcare.kit.axon.AxonSetup;
import com.discomcare.kit.axon.JtaTransactionManager;
import com.discomcare.kit.jdbc.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon as a service wires it, with two tracking processors: a read model that writes each event's text to a table
 * (and cannot store a NUL, as PostgreSQL refuses it) with {@link RecordAndSkipFailedEvents}, and an outbox-like
 * processor that fails on the events a test blocks, and keeps retrying them.
 */
@IfBuildProfile(KitOperationsTestProfile.PROFILE)
@ApplicationScoped
public class TestAxonRuntime {

    public static final String READ_MODEL = "kit-test-read-model";
    public static final String OUTBOX = "kit-test-outbox";

    /** Event ids the outbox-like processor fails on, as if Kafka refused them. */
    public static final Set<String> BLOCKED = ConcurrentHashMap.newKeySet();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    JtaTransactionManager transactionManager;

    @Inject
    AxonLifecycle lifecycle;

    @Inject
    Sql sql;

    void start(@Observes @Priority(1) StartupEvent startup) {
        sql.update("CREATE TABLE IF NOT EXISTS kit_test_view (event_id VARCHAR(255) PRIMARY KEY, text TEXT NOT NULL)");
        Configurer configurer = AxonSetup.configurer(dataSource, transactionManager);
        EventProcessingConfigurer processing = configurer.eventProcessing();
        AxonSetup.trackingProcessor(processing, READ_MODEL, new ReadModel(sql), 10);
        processing.registerHandlerInterceptor(READ_MODEL,
                c -> RecordAndSkipFailedEvents.forReadModel(READ_MODEL, dataSource));
        AxonSetup.trackingProcessor(processing, OUTBOX, new OutboxLike(), 10);
        lifecycle.start(configurer.buildConfiguration());
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
