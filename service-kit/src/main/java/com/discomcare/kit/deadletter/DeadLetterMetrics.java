package com.discomcare.kit.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import com.discomcare.kit.runtime.ServiceStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code dead_letters{topic=...}}: the pending (not replayed) dead letters of this service's consumer groups per
 * dead-letter topic; NaN until they were first read. Never waits for Kafka (see {@link DeadLetters#pendingCounts}).
 */
@ApplicationScoped
public class DeadLetterMetrics {

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry registry;

    void register(@Observes ServiceStarted started) {
        for (String topic : deadLetters.deadLetterTopics()) {
            Gauge.builder("dead.letters", () -> {
                        Long pending = deadLetters.pendingCounts().byTopic().get(topic);
                        return pending == null ? Double.NaN : pending;
                    })
                    .description("Dead letters of this service's consumers not replayed yet")
                    .tag("topic", topic)
                    .register(registry);
        }
    }
}
