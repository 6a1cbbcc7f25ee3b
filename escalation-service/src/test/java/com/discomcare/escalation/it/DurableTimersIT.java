package com.discomcare.escalation.it;

import com.discomcare.contracts.Topics;
import com.discomcare.localstack.KafkaBroker;
import com.discomcare.localstack.PostgresServer;
import com.discomcare.localstack.ServiceProcess;
import com.discomcare.localstack.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.discomcare.escalation.it.ComplaintEventsPublisher.newRequestNumber;
import static com.discomcare.escalation.it.ComplaintEventsPublisher.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The timers survive {@code kill -9}, and two instances raise each escalation once: escalation-service runs as real
 * processes from the packaged jar, on a real PostgreSQL and Kafka, with a ladder of 0 s, 3 s and 6 s.
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

    private static Map<String, String> environment(String database) throws Exception {
        postgres.createDatabaseIfMissing(database);
        return Map.of(
                "DB_URL", postgres.jdbcUrl(database),
                "DB_USER", PostgresServer.USER,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "ESCALATION_LADDER", "src/test/resources/seconds-ladder.json",
                "ESCALATION_TIMER_POLLING", "PT0.2S");
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
        var environment = environment("escalations_restart");
        String rn = newRequestNumber();
        try (var complaints = new ComplaintEventsPublisher(kafka.bootstrapServers());
             var escalations = new TopicReader(kafka.bootstrapServers(), Topics.ESCALATIONS)) {
            var service = new ServiceProcess("restart-first", JAR, environment).start();
            try {
                complaints.publish(registered(rn, "Gurugram", Instant.now().plusSeconds(2)), 0);
                await().atMost(Duration.ofSeconds(30)).until(() -> tiersByComplaint(escalations).containsKey(rn));
            } finally {
                service.kill();
            }
            assertThat(tiersByComplaint(escalations).get(rn)).containsExactly(1);

            try (var restarted = new ServiceProcess("restart-second", JAR, environment).start()) {
                await().atMost(Duration.ofSeconds(40)).until(() -> tiersByComplaint(escalations).get(rn).size() >= 3);
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                        .until(() -> tiersByComplaint(escalations).get(rn).size() == 3);
            }
            assertThat(tiersByComplaint(escalations).get(rn)).containsExactly(1, 2, 3);
        }
    }

    @Test
    void twoInstancesRaiseEachEscalationOnce() throws Exception {
        var environment = environment("escalations_pair");
        List<String> requestNumbers = new ArrayList<>();
        try (var complaints = new ComplaintEventsPublisher(kafka.bootstrapServers());
             var escalations = new TopicReader(kafka.bootstrapServers(), Topics.ESCALATIONS);
             var first = new ServiceProcess("pair-first", JAR, environment).start();
             var second = new ServiceProcess("pair-second", JAR, environment).start()) {
            for (int i = 0; i < 20; i++) {
                String rn = newRequestNumber();
                requestNumbers.add(rn);
                complaints.publish(registered(rn, i % 2 == 0 ? "Gurugram" : "Faridabad", Instant.now().plusSeconds(2)), 0);
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
    }
}
