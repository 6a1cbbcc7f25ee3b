package com.discomcare.kit.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The settings every service shares, in one place. The kit's {@code META-INF/microprofile-config.properties} maps
 * each to its environment variable; a service's {@code application.properties} may override any of them.
 */
@ConfigMapping(prefix = "service-kit")
public interface KitConfig {

    /** The service's name: its Kafka consumer group, the prefix of its clients' ids. */
    @WithDefault("${quarkus.application.name}")
    String serviceName();

    Kafka kafka();

    Outbox outbox();

    ReadModels readModels();

    Consumers consumers();

    Problem problem();

    Http http();

    interface Kafka {
        /** The one place the services read Kafka's address from ({@code KAFKA_BOOTSTRAP_SERVERS}). */
        @WithDefault("${kafka.bootstrap.servers}")
        String bootstrapServers();
    }

    interface Outbox {
        /** Partitions of the service's topic when the outbox has to create it. */
        @WithDefault("6")
        int partitions();

        /** Events read from the event store and sent to Kafka per transaction. */
        @WithDefault("200")
        int batchSize();

        /** How long the outbox, once caught up, waits for more events before it sends a batch. */
        @WithDefault("PT0.05S")
        Duration linger();
    }

    interface ReadModels {
        /** Events applied per read-model transaction. */
        @WithDefault("200")
        int batchSize();

        /** How long a read model, once caught up, waits for more events before it applies a batch. */
        @WithDefault("PT0.05S")
        Duration linger();
    }

    interface Consumers {
        /** Records of another service's topic handled per database transaction. */
        @WithDefault("100")
        int batchSize();

        /** How long the broker holds a fetch for more records when fewer than a batch are waiting. */
        @WithDefault("PT0.05S")
        Duration linger();

        /** Attempts at one event before it goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        /** How soon a killed instance's partitions move to another instance. */
        @WithDefault("PT10S")
        Duration sessionTimeout();
    }

    /**
     * The longest request URI and the most header bytes a service accepts; longer ones get 414 or 431 as a problem
     * document. Vert.x's own limits ({@code quarkus.http.limits.max-initial-line-length} and
     * {@code max-header-size}) lie well above these: a request past them is refused by Vert.x itself, without a body.
     */
    interface Http {
        /** Characters of the request target (path and query). */
        @WithDefault("4096")
        int maxUriLength();

        /** Bytes of all header lines together, each counted as name, ": ", value and CRLF. */
        @WithDefault("16384")
        int maxHeaderSize();
    }

    interface Problem {
        /** How error answers name the service's aggregate, e.g. "complaint". */
        @WithDefault("resource")
        String aggregateName();

        /** How error answers name its id, e.g. "request number". */
        @WithDefault("id")
        String aggregateIdName();
    }
}
