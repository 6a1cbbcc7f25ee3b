package com.discomcare.kit.runtime;

import jakarta.enterprise.context.ApplicationScoped;

/** The kit's test application runs the kit runtime with nothing of a service's own: the tests build their parts. */
@ApplicationScoped
class TestServiceDefinition implements ServiceDefinition {

    @Override
    public void define(ServiceSpec spec) {
        // nothing: an empty Axon configuration, no topic published or consumed
    }
}
