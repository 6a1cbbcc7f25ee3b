package com.discomcare.kit.processing;

import com.discomcare.kit.jdbc.SqlFailures;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For read-model processors only: an event whose handler failed {@code maxAttempts} times is recorded in
 * {@code projection_failure} and passed over, so that one event a projection cannot apply never stops it for
 * good. Not for an outbox, whose events must all reach Kafka: it keeps retrying, and {@link ProcessorHealthCheck}
 * reports it DOWN.
 * <p>
 * Why an interceptor and not a {@code ListenerInvocationErrorHandler} that swallows the failure: the failed
 * statement has aborted the batch's PostgreSQL transaction, so nothing more (not even the failure record) can be
 * written in it. So a failure is counted and rethrown; the batch rolls back and the processor retries it with its
 * own growing pause (1 s, 2 s, 4 s, ...); once the event has failed {@code maxAttempts} times, the retry records
 * it, in the fresh transaction and before its handler runs, and skips it.
 * <p>
 * Failures that are not the event's fault (the database unreachable, a deadlock) are not counted. The handler
 * must write through to the database while it handles the event (plain SQL, or flush), so that a failing write
 * is seen as this event's failure and not as the batch's at commit. Counts live in memory: after a restart an
 * event gets {@code maxAttempts} tries again.
 * <p>
 * The table comes with the kit's migration {@code db/kit/V1001__kit_operations.sql}.
 */
public final class RecordAndSkipFailedEvents implements MessageHandlerInterceptor<EventMessage<?>> {

    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(RecordAndSkipFailedEvents.class);
    private static final String RECORD = "INSERT INTO projection_failure (processor, event_id, global_index, "
            + "event_type, aggregate_id, sequence_number, error, attempts, failed_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, now()) ON CONFLICT (processor, event_id) DO NOTHING";
    private static final int MAX_ERROR_LENGTH = 2_000;

    private final String processor;
    private final DataSource dataSource;
    private final int maxAttempts;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private RecordAndSkipFailedEvents(String processor, DataSource dataSource, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.processor = processor;
        this.dataSource = dataSource;
        this.maxAttempts = maxAttempts;
    }

    /**
     * For read-model processor {@code processor}, recording in the service's (JTA-enlisting Quarkus) datasource;
     * an event is passed over after {@value #DEFAULT_MAX_ATTEMPTS} failed attempts.
     */
    public static RecordAndSkipFailedEvents forReadModel(String processor, DataSource dataSource) {
        return forReadModel(processor, dataSource, DEFAULT_MAX_ATTEMPTS);
    }

    public static RecordAndSkipFailedEvents forReadModel(String processor, DataSource dataSource, int maxAttempts) {
        return new RecordAndSkipFailedEvents(processor, dataSource, maxAttempts);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        String eventId = event.getIdentifier();
        Failures failed = failures.get(eventId);
        if (failed != null && failed.attempts >= maxAttempts) {
            record(event, failed);
            unitOfWork.afterCommit(u -> failures.remove(eventId));
            return null;
        }
        try {
            return interceptorChain.proceed();
        } catch (Exception e) {
            if (!SqlFailures.notTheWorksFault(e)) {
                failures.merge(eventId, new Failures(1, ProcessorMonitor.describe(e)),
                        (before, now) -> new Failures(before.attempts + 1, now.lastError));
            }
            throw e;
        }
    }

    private void record(EventMessage<?> event, Failures failed) throws SQLException {
        OptionalLong position = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position() : OptionalLong.empty();
        Long globalIndex = position.isPresent() ? position.getAsLong() : null;
        String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        String type = event.getPayloadType().getSimpleName();
        String error = failed.lastError.length() <= MAX_ERROR_LENGTH ? failed.lastError
                : failed.lastError.substring(0, MAX_ERROR_LENGTH);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setString(1, processor);
            insert.setString(2, event.getIdentifier());
            insert.setObject(3, globalIndex, Types.BIGINT);
            insert.setString(4, type);
            insert.setString(5, aggregateId);
            insert.setObject(6, sequence, Types.BIGINT);
            insert.setString(7, error);
            insert.setInt(8, failed.attempts);
            insert.executeUpdate();
        }
        LOG.errorf("%s passed over event #%s %s %s of %s after %d failed attempts, recorded in projection_failure: %s",
                processor, globalIndex, type, event.getIdentifier(), aggregateId, failed.attempts, error);
    }

    private record Failures(int attempts, String lastError) {
    }
}
