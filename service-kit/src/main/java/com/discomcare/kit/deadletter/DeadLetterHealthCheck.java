package com.discomcare.kit.deadletter;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Pending dead letters per dead-letter topic, e.g. {@code "complaints.v1.dlq": 2}, as details of a check that is
 * always UP: dead letters need an operator, not a restart, and the service serves meanwhile, so they touch neither
 * liveness nor readiness. A wellness check, part of {@code /q/health} and {@code /q/health/well}; it reads the last
 * counts and never waits for Kafka.
 */
@Wellness
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
