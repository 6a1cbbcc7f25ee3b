package com.discomcare.complaint.config;

import com.discomcare.complaint.domain.ComplaintAggregate;
import com.discomcare.complaint.policy.ComplaintPolicy;
import com.discomcare.complaint.projection.ComplaintProjection;
import com.discomcare.complaint.projection.OpenComplaintIndex;
import com.discomcare.kit.axon.AxonLifecycle;
import com.discomcare.kit.axon.AxonSetup;
import com.discomcare.kit.axon.JtaTransactionManager;
import com.discomcare.kit.outbox.KafkaOutbox;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.axonframework.config.EventProcessingConfigurer;

/**
 * complaint-service's Axon: the shared wiring of {@link AxonSetup} plus the Complaint aggregate, the policy it
 * checks against, and its three event processors.
 */
@ApplicationScoped
public class AxonRuntime {

    public static final String PROJECTION = "complaint-projection";
    public static final String OUTBOX = "complaint-outbox";
    public static final String LOOKUP = "complaint-lookup";

    private final AgroalDataSource dataSource;
    private final JtaTransactionManager transactionManager;
    private final ComplaintServiceConfig config;
    private final ComplaintPolicy policy;
    private final ComplaintProjection projection;
    private final OpenComplaintIndex openComplaintIndex;
    private final KafkaOutbox outbox;
    private final AxonLifecycle lifecycle;

    @Inject
    public AxonRuntime(AgroalDataSource dataSource, JtaTransactionManager transactionManager,
                       ComplaintServiceConfig config, ComplaintPolicy policy, ComplaintProjection projection,
                       OpenComplaintIndex openComplaintIndex, KafkaOutbox outbox,
                       AxonLifecycle lifecycle) {
        this.dataSource = dataSource;
        this.transactionManager = transactionManager;
        this.config = config;
        this.policy = policy;
        this.projection = projection;
        this.openComplaintIndex = openComplaintIndex;
        this.outbox = outbox;
        this.lifecycle = lifecycle;
    }

    // Before the Kafka consumers (priority 10), which send commands.
    void start(@Observes @Priority(1) StartupEvent startup) {
        Configurer configurer = AxonSetup.configurer(dataSource, transactionManager)
                .registerComponent(ComplaintPolicy.class, c -> policy)
                .configureAggregate(ComplaintAggregate.class);
        EventProcessingConfigurer processing = configurer.eventProcessing();
        AxonSetup.subscribingProcessor(processing, LOOKUP, openComplaintIndex);
        AxonSetup.trackingProcessor(processing, PROJECTION, projection, config.projection().batchSize());
        AxonSetup.trackingProcessor(processing, OUTBOX, outbox, config.outbox().batchSize());
        lifecycle.start(configurer.buildConfiguration(), outbox);
    }
}
