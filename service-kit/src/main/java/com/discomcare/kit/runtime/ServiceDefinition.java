package com.discomcare.kit.runtime;

/**
 * What makes a service this service: a CDI bean in the service that tells the kit its aggregates, read models,
 * published topic and subscriptions. The kit's {@link ServiceRuntime} builds and starts everything else.
 */
public interface ServiceDefinition {

    void define(ServiceSpec spec);
}
