package com.discomcare.connection.config;

import io.smallrye.config.ConfigMapping;

import java.nio.file.Path;
import java.util.Optional;

/** Typed settings of connection-service's own rules; application.properties maps each to its environment variable. */
@ConfigMapping(prefix = "connection")
public interface ConnectionServiceConfig {

    /** The versioned charges file ({@code CONNECTION_CHARGES}); empty means the built-in default (DHBVN's table). */
    Optional<Path> charges();

    /** The time-limit policy file ({@code CONNECTION_SLA_POLICY}); empty means the built-in default. */
    Optional<Path> slaPolicy();
}
