package com.discomcare.kit.runtime;

import com.discomcare.kit.processing.KitOperationsTestProfile;
import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;

/** The kit's test application runs the kit runtime with nothing of a service's own: the tests build their parts. */
@UnlessBuildProfile(KitOperationsTestProfile.PROFILE)
@ApplicationScoped
class TestServiceDefinition implements ServiceDefinition {

    @Override
    public void define(ServiceSpec spec) {
        // nothing: an empty Axon configuration, no topic published or consumed
    }
}
