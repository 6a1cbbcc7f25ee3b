package com.discomcare.kit.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Pending dead letters per dead-letter topic, e.g. {@code "complaints.v1.dlq": 2}, as details of a check that is
 * always UP: dead letters need an operator, not a restart, and the service serves meanwhile, so they must not
 * touch readiness. A liveness check answers at once, so it reads the last counts and never waits for Kafka.
 */
@Liveness
@ApplicationScoped
public class DeadLetterHealthCheck implements HealthCheck {

    static final String NAME = "dead letters";

    @Inject
    DeadLetters deadLetters;

    @Override
    public HealthCheckResponse call() {
        DeadLetters.PendingCounts counts = deadLetters.pendingCounts();
        HealthCheckResponseBuilder health = HealthCheckResponse.named(NAME).up();
        counts.byTopic().forEach(health::withData);
        if (counts.unreadable() != null) {
            health.withData("unreadable", counts.unreadable());
        }
        return health.build();
    }
}
