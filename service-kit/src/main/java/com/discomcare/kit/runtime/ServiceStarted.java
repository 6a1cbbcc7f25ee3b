package com.discomcare.kit.runtime;

/**
 * Fired by the {@link ServiceRuntime} once Axon and the consumers run: the moment for parts that report on them
 * (metrics) to register, instead of ordering start-up observers by priority.
 */
public record ServiceStarted(String serviceName) {
}
