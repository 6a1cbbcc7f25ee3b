import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Benchmark helper, not a test: how far behind each asynchronous consumer of the stack is, in seconds, measured from
 * the data itself (not from the services' metrics, so that the benchmark judges the services independently).
 *
 * <ul>
 *   <li>An Axon tracking processor (complaint-projection, complaint-outbox, escalation-board, escalation-outbox):
 *   the age of the oldest committed event it has not processed yet, that is the first row of
 *   {@code domainevententry} past the index in its {@code tokenentry} token (or in the token's gaps; a null token,
 *   stored when the processor started on an empty store, is before every event), aged by the event's
 *   {@code timestamp}. Events behind: the highest global index minus the token's.</li>
 *   <li>A Kafka consumer group (escalation-service on complaints.v1, complaint-service on escalations.v1): per
 *   partition, the age (record timestamp) of the first record past the group's committed offset, read with a
 *   consumer of its own; the largest over the partitions. Records behind: the end offsets minus the committed
 *   ones.</li>
 * </ul>
 * A consumer with nothing unprocessed has lag 0. Used by SustainedRate during its probes and, on its own, by
 * bin/benchmark to wait for the consumers after a closed-loop run:
 *
 * <pre>
 *   java -cp "classes:$(cat local-stack/target/classpath.txt)" ConsumerLag --catch-up 600 [options]
 * </pre>
 * Options: --pg-host localhost --pg-port 5432 --pg-user postgres (password from PGPASSWORD) --complaints-db
 * complaints --escalations-db escalations --bootstrap localhost:9092 --consumers "id ..." (default all six)
 * --interval 1000 (milliseconds between samples while waiting).
 */
public final class ConsumerLag implements AutoCloseable {

    /** The consumers, by the id used in BENCH_CONSUMERS: tracking processors by name, Kafka groups as topic:group. */
    static final List<String> ALL = List.of("complaint-projection", "complaint-outbox", "escalation-board",
            "escalation-outbox", "complaints.v1:escalation-service", "escalations.v1:complaint-service");
    private static final Map<String, String> DATABASE_KEY_OF_PROCESSOR = Map.of(
            "complaint-projection", "complaints-db", "complaint-outbox", "complaints-db",
            "escalation-board", "escalations-db", "escalation-outbox", "escalations-db");
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How far one consumer is behind: {@code seconds} is the age of its oldest unprocessed event or record (0 when
     * none), {@code behind} how many events or records it has still to process.
     */
    record Lag(String consumer, double seconds, long behind) {
        boolean caughtUp() {
            return behind == 0 && seconds == 0;
        }

        String describe() {
            return caughtUp() ? consumer + " 0 s" : String.format(Locale.ROOT, "%s %.1f s (%,d %s)", consumer, seconds,
                    behind, consumer.contains(":") ? "records" : "events");
        }
    }

    private final List<String> consumers;
    private final Map<String, String> jdbcUrls = new LinkedHashMap<>();
    private final Properties jdbcProperties = new Properties();
    private final Map<String, Connection> connections = new HashMap<>();
    private final String bootstrap;
    private final Map<String, List<TopicPartition>> partitionsOfTopic = new HashMap<>();
    private Admin admin;
    private KafkaConsumer<byte[], byte[]> reader;

    ConsumerLag(Map<String, String> options) {
        consumers = List.of(options.getOrDefault("consumers", String.join(" ", ALL)).trim().split("\\s+"));
        for (String consumer : consumers) {
            if (!ALL.contains(consumer)) {
                throw new IllegalArgumentException("Unknown consumer " + consumer + "; known: " + String.join(" ", ALL));
            }
        }
        String server = "jdbc:postgresql://" + options.getOrDefault("pg-host", "localhost") + ":"
                + options.getOrDefault("pg-port", "5432") + "/";
        jdbcUrls.put("complaints-db", server + options.getOrDefault("complaints-db", "complaints"));
        jdbcUrls.put("escalations-db", server + options.getOrDefault("escalations-db", "escalations"));
        jdbcProperties.setProperty("user", options.getOrDefault("pg-user", "postgres"));
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            jdbcProperties.setProperty("password", password);
        }
        jdbcProperties.setProperty("ApplicationName", "benchmark-consumer-lag");
        bootstrap = options.getOrDefault("bootstrap", "localhost:9092");
    }

    List<String> consumers() {
        return consumers;
    }

    /** One measurement of every consumer, in the order of {@link #consumers()}. */
    List<Lag> sample() throws Exception {
        List<Lag> lags = new ArrayList<>();
        Map<String, Long> headOfDatabase = new HashMap<>();
        for (String consumer : consumers) {
            int colon = consumer.indexOf(':');
            if (colon < 0) {
                String database = DATABASE_KEY_OF_PROCESSOR.get(consumer);
                lags.add(processorLag(consumer, database, headOfDatabase));
            } else {
                lags.add(groupLag(consumer, consumer.substring(0, colon), consumer.substring(colon + 1)));
            }
        }
        return lags;
    }

    // --- Axon tracking processors --------------------------------------------------------------------------------

    private Lag processorLag(String processor, String database, Map<String, Long> headOfDatabase) throws SQLException {
        Connection connection = connection(database);
        // A single-threaded processor has one segment; with more, the least advanced one counts (an upper bound).
        long index = Long.MAX_VALUE;
        Set<Long> gaps = new TreeSet<>();
        boolean found = false;
        try (PreparedStatement tokens = connection.prepareStatement(
                "SELECT convert_from(token, 'UTF8') FROM tokenentry WHERE processorname = ?")) {
            tokens.setString(1, processor);
            try (ResultSet rows = tokens.executeQuery()) {
                while (rows.next()) {
                    found = true;
                    String json = rows.getString(1);
                    if (json == null) { // claimed before the first event: everything is still to process
                        index = -1;
                        continue;
                    }
                    JsonNode token = parse(json);
                    index = Math.min(index, token.path("index").asLong());
                    token.path("gaps").forEach(gap -> gaps.add(gap.asLong()));
                }
            }
        }
        if (!found) {
            throw new IllegalStateException("No token of the tracking processor " + processor + " in " + jdbcUrls.get(database)
                    + ": is its service running? (Leave it out with BENCH_CONSUMERS.)");
        }
        Instant oldest;
        try (PreparedStatement unprocessed = connection.prepareStatement("""
                SELECT min(at) FROM (
                  (SELECT timestamp::timestamptz AS at FROM domainevententry WHERE globalindex > ? ORDER BY globalindex LIMIT 1)
                  UNION ALL
                  SELECT timestamp::timestamptz FROM domainevententry WHERE globalindex = ANY (?)
                ) unprocessed""")) {
            unprocessed.setLong(1, index);
            Array gapArray = connection.createArrayOf("bigint", gaps.toArray());
            unprocessed.setArray(2, gapArray);
            try (ResultSet row = unprocessed.executeQuery()) {
                row.next();
                OffsetDateTime at = row.getObject(1, OffsetDateTime.class);
                oldest = at == null ? null : at.toInstant();
            }
        }
        if (oldest == null) {
            return new Lag(processor, 0, 0);
        }
        long head = headOfDatabase.computeIfAbsent(database, key -> headIndex(connection));
        return new Lag(processor, ageSeconds(oldest), Math.max(1, head - index));
    }

    private static long headIndex(Connection connection) {
        try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(max(globalindex), 0) FROM domainevententry");
             ResultSet row = max.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String token) {
        try {
            JsonNode node = JSON.readTree(token);
            // A ReplayToken wraps the token the processor is at.
            return node.has("currentToken") ? node.get("currentToken") : node;
        } catch (Exception e) {
            throw new IllegalStateException("Not a tracking token: " + token, e);
        }
    }

    private Connection connection(String database) throws SQLException {
        Connection connection = connections.get(database);
        if (connection == null || !connection.isValid(2)) {
            if (connection != null) {
                connection.close();
            }
            connection = DriverManager.getConnection(jdbcUrls.get(database), jdbcProperties);
            connection.setAutoCommit(true);
            connections.put(database, connection);
        }
        return connection;
    }

    // --- Kafka consumer groups -----------------------------------------------------------------------------------

    private Lag groupLag(String consumer, String topic, String group) throws Exception {
        List<TopicPartition> partitions = partitions(topic);
        if (partitions.isEmpty()) {
            return new Lag(consumer, 0, 0); // nothing published yet
        }
        Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> next = new HashMap<>();
        long behind = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            // Without a committed offset the group starts at the beginning of the log.
            long from = Math.max(done == null ? 0 : done.offset(), starts.get(partition).offset());
            long end = ends.get(partition).offset();
            if (from < end) {
                next.put(partition, from);
                behind += end - from;
            }
        }
        if (next.isEmpty()) {
            return new Lag(consumer, 0, 0);
        }
        Map<TopicPartition, Long> firstTimestamp = firstRecordTimestamps(next);
        Instant oldest = firstTimestamp.values().stream().min(Long::compare).map(Instant::ofEpochMilli).orElse(null);
        // A position with no record to read (a transaction marker at the end of the log) is nothing to process.
        return oldest == null ? new Lag(consumer, 0, 0) : new Lag(consumer, ageSeconds(oldest), behind);
    }

    /** The timestamp of the record at each given offset (or the first one after it), read without a group. */
    private Map<TopicPartition, Long> firstRecordTimestamps(Map<TopicPartition, Long> offsets) {
        KafkaConsumer<byte[], byte[]> consumer = reader();
        consumer.assign(offsets.keySet());
        offsets.forEach(consumer::seek);
        Map<TopicPartition, Long> timestamps = new HashMap<>();
        long deadline = System.nanoTime() + KAFKA_TIMEOUT.toNanos();
        while (timestamps.size() < offsets.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                timestamps.putIfAbsent(partition, record.timestamp());
                consumer.pause(Set.of(partition)); // one record is all we need from it
            }
            if (timestamps.size() < offsets.size() && endReached(consumer, offsets.keySet(), timestamps.keySet())) {
                break;
            }
        }
        consumer.assign(List.of());
        return timestamps;
    }

    /** Whether every partition still without a record has been read to its end (only markers were left). */
    private static boolean endReached(KafkaConsumer<byte[], byte[]> consumer, Set<TopicPartition> all,
                                      Set<TopicPartition> seen) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(all, KAFKA_TIMEOUT);
        return all.stream().filter(p -> !seen.contains(p)).allMatch(p -> consumer.position(p) >= ends.get(p));
    }

    private List<TopicPartition> partitions(String topic) throws Exception {
        List<TopicPartition> known = partitionsOfTopic.get(topic);
        if (known != null) {
            return known;
        }
        if (!admin().listTopics().names().get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).contains(topic)) {
            return List.of(); // not created until something is published to it
        }
        List<TopicPartition> partitions = admin().describeTopics(List.of(topic)).allTopicNames()
                .get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        partitionsOfTopic.put(topic, partitions);
        return partitions;
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        return admin().listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all().get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    AdminClientConfig.CLIENT_ID_CONFIG, "benchmark-consumer-lag",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis(),
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis()));
        }
        return admin;
    }

    private KafkaConsumer<byte[], byte[]> reader() {
        if (reader == null) {
            Map<String, Object> config = Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.CLIENT_ID_CONFIG, "benchmark-consumer-lag",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    // Skip aborted transactions, as the services' consumers do.
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    // One record per partition is all a sample needs: keep the fetches small.
                    ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024,
                    ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024);
            reader = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }
        return reader;
    }

    private static double ageSeconds(Instant at) {
        return Math.max(0, Duration.between(at, Instant.now()).toMillis() / 1000.0);
    }

    @Override
    public void close() {
        connections.values().forEach(connection -> {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        });
        if (reader != null) {
            reader.close(CloseOptions.timeout(Duration.ofSeconds(1)));
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }

    // --- bin/benchmark's catch-up wait ---------------------------------------------------------------------------

    /**
     * Waits until no consumer has anything left to process, up to {@code timeout}, printing how far behind they are
     * every 10 s; then says, per consumer, when it caught up or how far behind it still is. Exit status 0 when all
     * caught up, 3 when the wait timed out.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("catch-up", "600")));
        Duration interval = Duration.ofMillis(Long.parseLong(options.getOrDefault("interval", "1000")));
        boolean allCaughtUp;
        try (ConsumerLag lag = new ConsumerLag(options)) {
            allCaughtUp = catchUp(lag, timeout, interval, "  ");
        }
        System.exit(allCaughtUp ? 0 : 3);
    }

    /** See {@link #main}: samples every {@code interval}; returns whether every consumer caught up. */
    static boolean catchUp(ConsumerLag lag, Duration timeout, Duration interval, String indent) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        List<Lag> first = lag.sample();
        if (first.stream().allMatch(Lag::caughtUp)) {
            System.out.println(indent + "every consumer has caught up: nothing left to process");
            return true;
        }
        System.out.println(indent + "behind: " + describe(first));
        // Since when each consumer has had nothing to process: one that catches up can fall behind again while
        // another, upstream, still works off its backlog, so all must be caught up at the same moment.
        Map<String, Double> caughtUpAfter = new LinkedHashMap<>();
        List<Lag> last = first;
        long nextReport = start + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            for (Lag one : last) {
                if (one.caughtUp()) {
                    caughtUpAfter.putIfAbsent(one.consumer(), elapsed);
                } else {
                    caughtUpAfter.remove(one.consumer());
                }
            }
            if (caughtUpAfter.size() == last.size() || System.nanoTime() >= deadline) {
                break;
            }
            if (System.nanoTime() >= nextReport) {
                System.out.printf(Locale.ROOT, "%s[%4.0f s] %s%n", indent, elapsed, describe(last));
                nextReport += TimeUnit.SECONDS.toNanos(10);
            }
            Thread.sleep(interval.toMillis());
            last = lag.sample();
        }
        boolean all = caughtUpAfter.size() == last.size();
        System.out.println(indent + (all
                ? String.format(Locale.ROOT, "every consumer caught up, the last after %.0f s:",
                        caughtUpAfter.values().stream().mapToDouble(Double::doubleValue).max().orElse(0))
                : String.format(Locale.ROOT, "TIMED OUT after %d s: not every consumer caught up:", timeout.toSeconds())));
        for (int i = 0; i < last.size(); i++) {
            Lag atStart = first.get(i);
            Lag now = last.get(i);
            Double after = caughtUpAfter.get(now.consumer());
            System.out.printf(Locale.ROOT, "%s  %-34s %s%n", indent, now.consumer(), after == null
                    ? String.format(Locale.ROOT, "STILL BEHIND: %,d to process, the oldest %.1f s old", now.behind(),
                            now.seconds())
                    : atStart.caughtUp() ? "nothing to catch up"
                    : String.format(Locale.ROOT, "caught up after %.0f s (had %,d to process, the oldest %.1f s old)",
                            after, atStart.behind(), atStart.seconds()));
        }
        return all;
    }

    static String describe(List<Lag> lags) {
        return lags.stream().map(Lag::describe).collect(Collectors.joining(", "));
    }

    /** {@code --name value} pairs. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
