package com.discomcare.escalation.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.Configurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManagerSupplier;
import org.axonframework.common.transaction.TransactionManager;

import java.time.Duration;

/**
 * The escalation tiers' durable timers: Axon's deadline manager on db-scheduler (table {@code scheduled_tasks},
 * shared by every instance, so each timer fires once and survives a crash).
 */
@ApplicationScoped
public class EscalationTimers {

    private final AgroalDataSource dataSource;
    private final EscalationServiceConfig config;

    @Inject
    public EscalationTimers(AgroalDataSource dataSource, EscalationServiceConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void register(Configurer configurer) {
        var deadlineManagerOfScheduler = new DbSchedulerDeadlineManagerSupplier();
        Scheduler scheduler = Scheduler.create(dataSource, DbSchedulerDeadlineManager.binaryTask(deadlineManagerOfScheduler))
                .threads(config.deadlines().threads())
                .pollingInterval(config.deadlines().pollingInterval())
                // A timer picked by an instance that then died is picked again after a few missed heartbeats.
                .heartbeatInterval(Duration.ofSeconds(5))
                .enableImmediateExecution()
                .build();
        configurer.registerComponent(DeadlineManager.class, c -> {
            DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
                    .scheduler(scheduler)
                    .scopeAwareProvider(new ConfigurationScopeAwareProvider(c))
                    .serializer(c.serializer())
                    .transactionManager(c.getComponent(TransactionManager.class))
                    .build();
            deadlineManagerOfScheduler.set(manager);
            return manager;
        });
    }
}
