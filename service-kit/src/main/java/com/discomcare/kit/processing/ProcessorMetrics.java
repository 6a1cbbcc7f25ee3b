package com.discomcare.kit.processing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import com.discomcare.kit.runtime.ServiceStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.function.ToDoubleFunction;

/**
 * Gauges per tracking processor, tagged {@code processor}: {@code processor_lag_events},
 * {@code processor_lag_seconds}, {@code processor_error} (1 while stuck retrying a failure) and
 * {@code processor_failed_events} (recorded as failed and passed over). NaN when the positions cannot be read.
 * <p>
 * Registered once the service runs ({@link ServiceStarted}), when its processors are known.
 */
@ApplicationScoped
public class ProcessorMetrics {

    @Inject
    ProcessorMonitor monitor;

    @Inject
    MeterRegistry registry;

    void register(@Observes ServiceStarted started) {
        for (String processor : monitor.processorNames()) {
            gauge("processor.lag.events", "Events stored after the processor's position", processor,
                    ProcessorStatus::lagEvents);
            gauge("processor.lag.seconds", "Age of the oldest event the processor has not processed", processor,
                    ProcessorStatus::lagSeconds);
            gauge("processor.error", "1 while the processor is stuck retrying a failure on this instance",
                    processor, status -> status.stuck() ? 1 : 0);
            gauge("processor.failed.events", "Events recorded as failed and passed over", processor,
                    ProcessorStatus::recordedFailed);
        }
    }

    private void gauge(String name, String description, String processor, ToDoubleFunction<ProcessorStatus> value) {
        Gauge.builder(name, () -> {
                    ProcessorStatus status = monitor.snapshot().processor(processor);
                    return status == null ? Double.NaN : value.applyAsDouble(status);
                })
                .description(description)
                .tag("processor", processor)
                .register(registry);
    }
}
