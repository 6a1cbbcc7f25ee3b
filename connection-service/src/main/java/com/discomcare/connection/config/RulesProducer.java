package com.discomcare.connection.config;

import com.discomcare.connection.charges.ChargeSchedule;
import com.discomcare.connection.charges.ChargeScheduleFile;
import com.discomcare.connection.charges.Payable;
import com.discomcare.connection.charges.QuoteLine;
import com.discomcare.connection.charges.QuoteRequest;
import com.discomcare.connection.documents.DocumentChecklist;
import com.discomcare.connection.documents.DocumentChecklistFile;
import com.discomcare.connection.domain.Charges;
import com.discomcare.connection.domain.ClockSubject;
import com.discomcare.connection.domain.Quote;
import com.discomcare.connection.domain.TimeLimits;
import com.discomcare.connection.policy.ConnectionPolicy;
import com.discomcare.connection.policy.ConnectionPolicyFile;
import com.discomcare.connection.policy.DueTimeQuery;
import com.discomcare.connection.policy.RequestTypePolicy;
import com.discomcare.connection.policy.VoltageClass;
import com.discomcare.contracts.connection.ChargeItem;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Loads the rules once at start (a broken file stops the service with the list of its mistakes) and adapts them to
 * what the aggregates ask ({@link TimeLimits}, {@link Charges}).
 */
public class RulesProducer {

    private static final Logger LOG = Logger.getLogger(RulesProducer.class);
    private static final String CONSUMPTION_DEPOSIT = "CONSUMPTION_DEPOSIT";

    @Produces
    @Singleton
    ConnectionPolicy connectionPolicy(ConnectionServiceConfig config) {
        ConnectionPolicy policy = config.slaPolicy().map(ConnectionPolicyFile::load)
                .orElseGet(ConnectionPolicyFile::loadDefault);
        LOG.infof("connection time limits: %d request types from %s", policy.requestTypes().size(),
                config.slaPolicy().map(Object::toString).orElse("the built-in default (docs/domain.md)"));
        return policy;
    }

    @Produces
    @Singleton
    ChargeSchedule chargeSchedule(ConnectionServiceConfig config) {
        ChargeSchedule schedule = config.charges().map(ChargeScheduleFile::load)
                .orElseGet(ChargeScheduleFile::loadDefault);
        LOG.infof("connection charges: %d versions from %s", schedule.versions().size(),
                config.charges().map(Object::toString).orElse("the built-in default (DHBVN, docs/domain.md)"));
        return schedule;
    }

    @Produces
    @Singleton
    DocumentChecklist documentChecklist() {
        return DocumentChecklistFile.loadDefault();
    }

    @Produces
    @Singleton
    TimeLimits timeLimits(ConnectionPolicy policy) {
        return new TimeLimits() {
            @Override
            public Optional<Due> startedBy(ClockSubject subject, String event, Instant at) {
                return policy.requestType(subject.requestType())
                        .flatMap(type -> type.stageStartingAt(event))
                        .map(stage -> new Due(stage.code(), dueAt(subject, stage.code(), at)));
            }

            @Override
            public Instant dueAt(ClockSubject subject, String stage, Instant from) {
                return policy.dueTime(query(policy, subject, stage), from).dueAt();
            }

            @Override
            public Resumed resume(Instant dueAt, Instant pausedAt, Instant resumedAt) {
                ConnectionPolicy.ClockResumed resumed = ConnectionPolicy.resume(dueAt, pausedAt, resumedAt);
                return new Resumed(resumed.pausedFor(), resumed.dueAt());
            }
        };
    }

    /**
     * A condition the request type does not tell apart (a temporary connection's network) is left out, as is one not
     * known yet (before the inspection).
     */
    static DueTimeQuery query(ConnectionPolicy policy, ClockSubject subject, String stage) {
        List<String> conditions = policy.requestType(subject.requestType()).map(RequestTypePolicy::conditions)
                .orElse(List.of());
        String condition = subject.condition() != null && conditions.contains(subject.condition()) ? subject.condition()
                : null;
        VoltageClass voltageClass = subject.category() == null ? null
                : VoltageClass.of(subject.category(), subject.load(), subject.loadUnit());
        return new DueTimeQuery(subject.requestType(), stage, condition, voltageClass, subject.areaType(),
                subject.load());
    }

    /**
     * The demand note asks for every line of the quote; an HT deposit's part that the charter lets the applicant
     * pay later (all of the deposit but the third due with the application) is the second instalment.
     */
    @Produces
    @Singleton
    Charges charges(ChargeSchedule schedule) {
        return (subject, on) -> {
            var request = new QuoteRequest(subject.category(), subject.temporary(), subject.load(), subject.phases(),
                    subject.authorisedArea(), subject.premisesSqYd(), 0, null, 0, null);
            var quote = schedule.versionOn(on).quote(request);
            List<ChargeItem> items = quote.lines().stream()
                    .map(line -> new ChargeItem(line.code(), line.description(), line.amount())).toList();
            long deferrable = quote.lines().stream()
                    .filter(line -> line.code().equals(CONSUMPTION_DEPOSIT) && line.payable() == Payable.WITH_DEMAND_NOTE)
                    .mapToLong(QuoteLine::amount).sum();
            boolean split = quote.lines().stream().anyMatch(line -> line.code().equals(CONSUMPTION_DEPOSIT)
                    && line.payable() == Payable.WITH_APPLICATION);
            return new Quote(items, quote.version(), quote.total(), split ? deferrable : 0);
        };
    }
}
