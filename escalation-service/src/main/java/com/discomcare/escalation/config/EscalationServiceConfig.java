package com.discomcare.escalation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Typed settings of escalation-service; application.properties maps each to its environment variable. */
@ConfigMapping(prefix = "escalation")
public interface EscalationServiceConfig {

    /** The ladder file ({@code ESCALATION_LADDER}); empty means the built-in default. */
    Optional<Path> ladder();

    /** The roster file ({@code OFFICER_ROSTER}) seeding the roster tables; empty means the built-in sample. */
    Optional<Path> roster();

    Outbox outbox();

    Deadlines deadlines();

    interface Outbox {
        @WithDefault("escalations.v1")
        String topic();

        @WithDefault("6")
        int partitions();

        @WithDefault("200")
        int batchSize();
    }

    interface Deadlines {
        /** Threads that fire due escalation timers. */
        @WithDefault("8")
        int threads();

        /** How often each instance looks for due timers: the worst extra lateness of an escalation. */
        @WithDefault("PT0.5S")
        Duration pollingInterval();
    }
}
