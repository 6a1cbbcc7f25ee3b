package com.discomcare.escalation.it;

import com.discomcare.contracts.Topics;
import com.discomcare.localstack.KafkaBroker;
import com.discomcare.localstack.PostgresServer;
import com.discomcare.localstack.ServiceProcess;
import com.discomcare.localstack.TopicReader;
import com.discomcare.localstack.tokens.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.discomcare.escalation.it.ComplaintEventsPublisher.newRequestNumber;
import static com.discomcare.escalation.it.ComplaintEventsPublisher.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The timers survive {@code kill -9}, and two instances share the timers and raise each escalation once:
 * escalation-service runs as real processes from the packaged jar, on a real PostgreSQL and Kafka, with a ladder in
 * seconds.
 */
class DurableTimersIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    @BeforeAll
    static void startServers() throws Exception {
        postgres = PostgresServer.start(0);
        kafka = new KafkaBroker(0, null);
        kafka.start();
    }

    @AfterAll
    static void stopServers() {
        kafka.close();
        postgres.close();
    }

    /** db-scheduler's line (at DEBUG) for each timer an instance runs: one per tier deadline it fires. */
    private static final String TIMER_FIRED = "Executing: Execution: task=AxonDeadline";

    /** Tiers 0 s, 3 s and 6 s after the due time. */
    private static final String SECONDS_LADDER = "src/test/resources/seconds-ladder.json";
    /** Tiers 0 s, 10 s and 20 s after: room to kill the service between two tiers even on a busy machine. */
    private static final String RESTART_LADDER = "src/test/resources/restart-ladder.json";

    private static Map<String, String> environment(String database, String ladder) throws Exception {
        postgres.createDatabaseIfMissing(database);
        Map<String, String> environment = new HashMap<>(Map.of(
                "DB_URL", postgres.jdbcUrl(database),
                "DB_USER", PostgresServer.USER,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "ESCALATION_LADDER", ladder,
                "ESCALATION_TIMER_POLLING", "PT0.2S",
                // Each instance logs the timers it runs, so the test can tell that both took part.
                "QUARKUS_LOG_CATEGORY__COM_GITHUB_KAGKARLSSON_SCHEDULER__LEVEL", "DEBUG"));
        // Verify tokens with the test key instead of looking for an identity provider.
        environment.putAll(TestTokens.TRUST);
        return environment;
    }

    /** The output a service process writes from now on (it appends to target/it-logs/{name}.log). */
    private record LogFromNow(Path file, long start) {

        static LogFromNow of(String processName) throws IOException {
            Path file = Path.of("target/it-logs/" + processName + ".log");
            return new LogFromNow(file, Files.exists(file) ? Files.size(file) : 0);
        }

        List<String> lines() throws IOException {
            try (var log = new RandomAccessFile(file.toFile(), "r")) {
                byte[] written = new byte[(int) (log.length() - start)];
                log.seek(start);
                log.readFully(written);
                return new String(written, StandardCharsets.UTF_8).lines().toList();
            }
        }

        /** The ids of the tier timers this process ran. */
        Set<String> timersFired() throws IOException {
            return lines().stream().filter(line -> line.contains(TIMER_FIRED))
                    .map(line -> line.substring(line.indexOf(", id=") + 5).split(",", 2)[0])
                    .collect(Collectors.toSet());
        }
    }

    private static Map<String, List<Integer>> tiersByComplaint(TopicReader escalations) {
        Map<String, List<Integer>> tiers = new HashMap<>();
        escalations.poll().stream().filter(m -> m.eventType().equals("EscalationRaised"))
                .forEach(m -> tiers.computeIfAbsent(m.key(), k -> new ArrayList<>())
                        .add(m.envelope().at("/payload/tier").asInt()));
        return tiers;
    }

    @Test
    void theLadderContinuesAfterTheServiceIsKilledMidway() throws Exception {
        var environment = environment("escalations_restart", RESTART_LADDER);
        String rn = newRequestNumber();
        try (var complaints = new ComplaintEventsPublisher(kafka.bootstrapServers());
             var escalations = new TopicReader(kafka.bootstrapServers(), Topics.ESCALATIONS)) {
            var service = new ServiceProcess("restart-first", JAR, environment).start();
            try {
                // Ready is not yet consuming: until its consumer has joined, a due time would pass unseen and
                // the tiers then fire back to back. A case opened shows that it consumes.
                String warmUp = newRequestNumber();
                complaints.publish(registered(warmUp, "Rewari", Instant.now().plus(Duration.ofHours(1))), 0);
                await().atMost(Duration.ofSeconds(60)).until(() -> !escalations.of(warmUp).isEmpty());

                complaints.publish(registered(rn, "Gurugram", Instant.now().plusSeconds(3)), 0);
                await().atMost(Duration.ofSeconds(30)).until(() -> tiersByComplaint(escalations).containsKey(rn));
            } finally {
                service.kill();
            }
            assertThat(tiersByComplaint(escalations).get(rn)).containsExactly(1);

            try (var restarted = new ServiceProcess("restart-second", JAR, environment).start()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> tiersByComplaint(escalations).get(rn).size() >= 3);
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                        .until(() -> tiersByComplaint(escalations).get(rn).size() == 3);
            }
            assertThat(tiersByComplaint(escalations).get(rn)).containsExactly(1, 2, 3);
        }
    }

    @Test
    void twoInstancesShareTheTimersAndRaiseEachEscalationOnce() throws Exception {
        var environment = environment("escalations_pair", SECONDS_LADDER);
        List<String> requestNumbers = new ArrayList<>();
        var firstLog = LogFromNow.of("pair-first");
        var secondLog = LogFromNow.of("pair-second");
        try (var complaints = new ComplaintEventsPublisher(kafka.bootstrapServers());
             var escalations = new TopicReader(kafka.bootstrapServers(), Topics.ESCALATIONS);
             var first = new ServiceProcess("pair-first", JAR, environment).start();
             var second = new ServiceProcess("pair-second", JAR, environment).start()) {
            for (int i = 0; i < 20; i++) {
                String rn = newRequestNumber();
                requestNumbers.add(rn);
                // Due times spread over two seconds: timers fall due between the two instances' polls, not all at one.
                Instant due = Instant.now().plusSeconds(2).plusMillis(100L * i);
                complaints.publish(registered(rn, i % 2 == 0 ? "Gurugram" : "Faridabad", due), 0);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                var tiers = tiersByComplaint(escalations);
                return requestNumbers.stream().allMatch(rn -> tiers.getOrDefault(rn, List.of()).size() >= 3);
            });
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> {
                var tiers = tiersByComplaint(escalations);
                return requestNumbers.stream().allMatch(rn -> tiers.get(rn).size() == 3);
            });
            var tiers = tiersByComplaint(escalations);
            assertThat(requestNumbers).allSatisfy(rn -> assertThat(tiers.get(rn)).containsExactly(1, 2, 3));
        }
        Set<String> firedByFirst = firstLog.timersFired();
        Set<String> firedBySecond = secondLog.timersFired();
        assertThat(firedByFirst).as("timers run by the first instance").isNotEmpty();
        assertThat(firedBySecond).as("timers run by the second instance").isNotEmpty();
        assertThat(firedByFirst).as("no timer ran on both").doesNotContainAnyElementsOf(firedBySecond);
        assertThat(firedByFirst.size() + firedBySecond.size()).as("a timer per tier of each complaint")
                .isGreaterThanOrEqualTo(3 * requestNumbers.size());
    }
}
