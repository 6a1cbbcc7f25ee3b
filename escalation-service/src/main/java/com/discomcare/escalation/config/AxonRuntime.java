package com.discomcare.escalation.config;

import com.discomcare.escalation.consumer.KafkaComplaintFeed;
import com.discomcare.escalation.domain.ComplaintFeed;
import com.discomcare.escalation.domain.EscalationAggregate;
import com.discomcare.escalation.domain.Ladder;
import com.discomcare.escalation.domain.Roster;
import com.discomcare.escalation.projection.EscalationBoardProjection;
import com.discomcare.kit.axon.AxonLifecycle;
import com.discomcare.kit.axon.AxonSetup;
import com.discomcare.kit.axon.JtaTransactionManager;
import com.discomcare.kit.outbox.KafkaOutbox;
import com.github.kagkarlsson.scheduler.Scheduler;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.Configurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManagerSupplier;

import java.time.Duration;

/**
 * Axon for escalation-service: the Escalation aggregate, its durable tier timers on db-scheduler (table
 * {@code scheduled_tasks}, shared by every instance, so each timer fires once), the overdue-board projection and
 * the outbox to {@code escalations.v1}.
 */
@ApplicationScoped
public class AxonRuntime {

    public static final String BOARD = "escalation-board";
    public static final String OUTBOX = "escalation-outbox";

    private final AgroalDataSource dataSource;
    private final JtaTransactionManager transactionManager;
    private final EscalationServiceConfig config;
    private final Ladder ladder;
    private final Roster roster;
    private final EscalationBoardProjection board;
    private final KafkaOutbox outbox;
    private final ComplaintFeed complaintFeed;
    private final AxonLifecycle lifecycle;

    @Inject
    public AxonRuntime(AgroalDataSource dataSource, JtaTransactionManager transactionManager,
                       EscalationServiceConfig config, Ladder ladder, Roster roster, EscalationBoardProjection board,
                       KafkaOutbox outbox, KafkaComplaintFeed complaintFeed, AxonLifecycle lifecycle) {
        this.dataSource = dataSource;
        this.transactionManager = transactionManager;
        this.config = config;
        this.ladder = ladder;
        this.roster = roster;
        this.board = board;
        this.outbox = outbox;
        this.complaintFeed = complaintFeed;
        this.lifecycle = lifecycle;
    }

    // After the roster is seeded (priority 0), before the Kafka consumer (priority 10), which sends commands.
    void start(@Observes @Priority(1) StartupEvent startup) {
        var deadlineManagerOfScheduler = new DbSchedulerDeadlineManagerSupplier();
        Scheduler scheduler = Scheduler.create(dataSource, DbSchedulerDeadlineManager.binaryTask(deadlineManagerOfScheduler))
                .threads(config.deadlines().threads())
                .pollingInterval(config.deadlines().pollingInterval())
                // A timer picked by an instance that then died is picked again after a few missed heartbeats.
                .heartbeatInterval(Duration.ofSeconds(5))
                .enableImmediateExecution()
                .build();
        Configurer configurer = AxonSetup.configurer(dataSource, transactionManager)
                .registerComponent(Ladder.class, c -> ladder)
                .registerComponent(Roster.class, c -> roster)
                .registerComponent(ComplaintFeed.class, c -> complaintFeed)
                .registerComponent(DeadlineManager.class, c -> {
                    DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
                            .scheduler(scheduler)
                            .scopeAwareProvider(new ConfigurationScopeAwareProvider(c))
                            .serializer(c.serializer())
                            .transactionManager(transactionManager)
                            .build();
                    deadlineManagerOfScheduler.set(manager);
                    return manager;
                })
                .configureAggregate(EscalationAggregate.class);
        EventProcessingConfigurer processing = configurer.eventProcessing();
        AxonSetup.trackingProcessor(processing, BOARD, board, 100);
        AxonSetup.trackingProcessor(processing, OUTBOX, outbox, config.outbox().batchSize());
        lifecycle.start(configurer.buildConfiguration(), outbox);
    }
}
