package com.discomcare.escalation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Typed settings of escalation-service's own rules; application.properties maps each to its environment variable. */
@ConfigMapping(prefix = "escalation")
public interface EscalationServiceConfig {

    /** The ladder file ({@code ESCALATION_LADDER}); empty means the built-in default. */
    Optional<Path> ladder();

    /** The roster file ({@code OFFICER_ROSTER}) seeding the roster tables; empty means the built-in sample. */
    Optional<Path> roster();

    Deadlines deadlines();

    interface Deadlines {
        /** Threads that fire due escalation timers. */
        @WithDefault("8")
        int threads();

        /** How often each instance looks for due timers: the worst extra lateness of an escalation. */
        @WithDefault("PT0.5S")
        Duration pollingInterval();
    }
}
