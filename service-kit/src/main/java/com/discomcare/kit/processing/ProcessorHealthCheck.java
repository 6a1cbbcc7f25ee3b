package com.discomcare.kit.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while a tracking processor of this instance is stuck retrying a failure, naming the processor, the event
 * it is stuck on and the error; UP otherwise, with every processor's lag. A lag alone is not DOWN: a busy
 * processor lags and catches up.
 * <p>
 * Readiness, not liveness: restarting the service does not cure an event it cannot process (it would restart
 * for ever), while a service whose read model or outbox stands still is not fully serving.
 */
@Readiness
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
