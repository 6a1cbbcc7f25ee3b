package com.discomcare.complaint.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Typed settings of complaint-service's own rules; application.properties maps each to its environment variable. */
@ConfigMapping(prefix = "complaint")
public interface ComplaintServiceConfig {

    /** The complaint time-limit policy file ({@code COMPLAINT_SLA_POLICY}); empty means the built-in default. */
    Optional<Path> slaPolicy();

    /**
     * Sample consumers loaded into the consumer directory at start ({@code CONSUMER_DIRECTORY_SEED}); empty means
     * none: in production the directory is what connection-service releases.
     */
    Optional<Path> consumerDirectorySeed();

    /** How long after resolution a consumer may reopen a complaint. */
    @WithDefault("P7D")
    Duration reopenWindow();
}
