package com.discomcare.kit.processing;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * DOWN while a tracking processor of this instance is stuck retrying a failure, naming the processor, the event
 * it is stuck on and the error; UP otherwise, with every processor's lag. A lag alone is not DOWN: a busy
 * processor lags and catches up.
 * <p>
 * A wellness check (SmallRye's kind, part of {@code /q/health} and {@code /q/health/well}): not liveness, as a
 * restart does not cure an event the processor cannot process (it would restart for ever); not readiness, as the
 * service still takes registrations and steps while its outbox waits for Kafka or its read model lags, and taking
 * it out of traffic would turn a delay into an outage.
 */
@Wellness
@ApplicationScoped
public class ProcessorHealthCheck implements HealthCheck {

    static final String NAME = "event processors";

    @Inject
    ProcessorMonitor monitor;

    @Override
    public HealthCheckResponse call() {
        ProcessorMonitor.Snapshot snapshot = monitor.snapshot();
        HealthCheckResponseBuilder health = HealthCheckResponse.named(NAME).up();
        if (snapshot.unreadable() != null) {
            return health.down().withData("error", snapshot.unreadable()).build();
        }
        for (ProcessorStatus processor : snapshot.processors()) {
            String name = processor.processor();
            health.withData(name + ".position", processor.position())
                    .withData(name + ".lagEvents", processor.lagEvents())
                    .withData(name + ".lagSeconds", String.format("%.1f", processor.lagSeconds()))
                    .withData(name + ".recordedFailedEvents", processor.recordedFailed());
            if (processor.stuck()) {
                health.down().withData(name + ".error", processor.error());
                if (processor.nextEvent() != null) {
                    var event = processor.nextEvent();
                    health.withData(name + ".stuckOn", event.toString())
                            .withData(name + ".stuckOn.globalIndex", event.globalIndex())
                            .withData(name + ".stuckOn.eventId", event.eventId())
                            .withData(name + ".stuckOn.type", event.type())
                            .withData(name + ".stuckOn.aggregateId", event.aggregateId());
                }
            }
        }
        return health.build();
    }
}
