package com.discomcare.kit.processing;

import com.discomcare.kit.runtime.ServiceRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The lag and error state of every tracking (streaming) processor of the running Axon configuration, for health
 * and metrics. Positions come from {@code tokenentry} (so an instance that does not own a token still sees the
 * lag), errors from the processor's own status (only the instance that retries knows the failure).
 * <p>
 * Computed when asked and kept for {@link #MAX_AGE}, so that a scrape reading several gauges and a health call
 * cost one round of cheap queries: the head ({@code max(globalindex)}, an index lookup), the tokens, the first
 * event after each position (primary key), and the count of recorded failures.
 */
@ApplicationScoped
public class ProcessorMonitor {

    static final Duration MAX_AGE = Duration.ofSeconds(1);

    private static final String HEAD = "SELECT COALESCE(max(globalindex), 0) FROM domainevententry";
    private static final String TOKENS = "SELECT processorname, token, tokentype FROM tokenentry";
    private static final String NEXT_EVENT = "SELECT globalindex, eventidentifier, payloadtype, aggregateidentifier, "
            + "timestamp FROM domainevententry WHERE globalindex > ? ORDER BY globalindex LIMIT 1";
    private static final String RECORDED_FAILURES =
            "SELECT processor, count(*) FROM projection_failure GROUP BY processor";

    private final ServiceRuntime axon;
    private final DataSource dataSource;
    private Snapshot cached;

    @Inject
    public ProcessorMonitor(ServiceRuntime axon, DataSource dataSource) {
        this.axon = axon;
        this.dataSource = dataSource;
    }

    /** What a health check or a scrape sees: each processor's status, or why it could not be read. */
    public record Snapshot(List<ProcessorStatus> processors, String unreadable, Instant at) {

        public ProcessorStatus processor(String name) {
            return processors.stream().filter(p -> p.processor().equals(name)).findFirst().orElse(null);
        }
    }

    /** Whether every processor has processed every stored event and none is stuck on an error. */
    public boolean allCaughtUp() {
        return snapshot().processors().stream().allMatch(p -> p.lagEvents() == 0 && !p.stuck());
    }

    /** The names of the running configuration's streaming processors; empty before Axon started. */
    public List<String> processorNames() {
        return new ArrayList<>(streamingProcessors().keySet());
    }

    public synchronized Snapshot snapshot() {
        Instant now = Instant.now();
        if (cached == null || cached.at().plus(MAX_AGE).isBefore(now)) {
            cached = read(now);
        }
        return cached;
    }

    private Snapshot read(Instant now) {
        Map<String, StreamingEventProcessor> processors = streamingProcessors();
        if (processors.isEmpty()) {
            return new Snapshot(List.of(), null, now);
        }
        try (Connection connection = dataSource.getConnection()) {
            long head = head(connection);
            Map<String, Long> positions = positions(connection, axon.configuration().serializer());
            Map<String, Long> recordedFailures = recordedFailures(connection);
            List<ProcessorStatus> statuses = new ArrayList<>();
            for (var processor : processors.entrySet()) {
                String name = processor.getKey();
                long position = positions.getOrDefault(name, 0L);
                ProcessorStatus.StoredEvent next = position < head ? nextEvent(connection, position) : null;
                double lagSeconds = next == null ? 0
                        : Math.max(0, Duration.between(next.storedAt(), now).toMillis() / 1000.0);
                statuses.add(new ProcessorStatus(name, position, Math.max(0, head - position), lagSeconds,
                        error(processor.getValue()), next, recordedFailures.getOrDefault(name, 0L)));
            }
            return new Snapshot(List.copyOf(statuses), null, now);
        } catch (SQLException | RuntimeException e) {
            return new Snapshot(List.of(), "cannot read the processors' positions: " + e, now);
        }
    }

    private Map<String, StreamingEventProcessor> streamingProcessors() {
        Configuration configuration = axon.configuration();
        Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
        if (configuration == null) {
            return streaming;
        }
        configuration.eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor tracking) {
                streaming.put(name, tracking);
            }
        });
        return streaming;
    }

    /** The failure of a segment this instance is retrying, with its root cause. */
    private static String error(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(EventTrackerStatus::getError)
                .filter(Objects::nonNull)
                .map(ProcessorMonitor::describe)
                .findFirst().orElse(null);
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String described = failure.getClass().getName() + ": " + failure.getMessage();
        return root == failure ? described
                : described + " (caused by " + root.getClass().getName() + ": " + root.getMessage() + ")";
    }

    private static long head(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(HEAD); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Each processor's position: the lowest of its segments' tokens, the event store's global index. */
    private static Map<String, Long> positions(Connection connection, Serializer serializer) throws SQLException {
        Map<String, Long> positions = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(TOKENS); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                byte[] token = rows.getBytes(2);
                String type = rows.getString(3);
                long position = 0;
                if (token != null && type != null) {
                    TrackingToken tracking = serializer.deserialize(
                            new SimpleSerializedObject<>(token, byte[].class, type, null));
                    OptionalLong known = tracking == null ? OptionalLong.empty() : tracking.position();
                    position = known.orElse(0);
                }
                positions.merge(rows.getString(1), position, Math::min);
            }
        }
        return positions;
    }

    private static ProcessorStatus.StoredEvent nextEvent(Connection connection, long position) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(NEXT_EVENT)) {
            query.setLong(1, position);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                String payloadType = row.getString(3);
                return new ProcessorStatus.StoredEvent(row.getLong(1), row.getString(2),
                        payloadType.substring(payloadType.lastIndexOf('.') + 1), row.getString(4),
                        Instant.parse(row.getString(5)));
            }
        }
    }

    private static Map<String, Long> recordedFailures(Connection connection) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(RECORDED_FAILURES);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
