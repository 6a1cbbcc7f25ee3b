package com.discomcare.complaint.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Typed settings of complaint-service; application.properties maps each to its environment variable. */
@ConfigMapping(prefix = "complaint")
public interface ComplaintServiceConfig {

    /** The complaint time-limit policy file ({@code COMPLAINT_SLA_POLICY}); empty means the built-in default. */
    Optional<Path> slaPolicy();

    /** How long after resolution a consumer may reopen a complaint. */
    @WithDefault("P7D")
    Duration reopenWindow();

    Outbox outbox();

    Projection projection();

    interface Outbox {
        @WithDefault("complaints.v1")
        String topic();

        /** Partitions of the topic when the service has to create it. */
        @WithDefault("6")
        int partitions();

        /** Events read from the event store and sent to Kafka per transaction. */
        @WithDefault("200")
        int batchSize();
    }

    interface Projection {
        @WithDefault("100")
        int batchSize();
    }
}
