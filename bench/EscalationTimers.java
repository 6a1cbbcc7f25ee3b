import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.JsonMapping;
import com.discomcare.contracts.Topics;
import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.complaint.Channel;
import com.discomcare.contracts.complaint.ClockType;
import com.discomcare.contracts.complaint.ComplaintRegistered;
import com.discomcare.contracts.complaint.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Escalation timer benchmark (not a test). Publishes complaint registrations to complaints.v1 as complaint-service
 * would, with due times spread over a window in the near future, waits until escalation-service has opened every
 * case (one durable timer each), then reads escalations.v1 and reports how late each tier-1 EscalationRaised was
 * raised after its due time (the event's occurredAt minus the tier's due time), and the rate at which they came.
 *
 * bin/benchmark-timers starts what it needs and runs it; by hand, run escalation-service with
 * bench/timer-ladder.json (tier 1 at the due time, later tiers an hour away), then:
 *   java -cp "$(cat local-stack/target/classpath.txt)" bench/EscalationTimers.java \
 *        --bootstrap localhost:9092 --count 100000 --window 300
 */
public class EscalationTimers {

    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private static final String[] DISTRICTS = {"Gurugram", "Rewari", "Faridabad"};

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String bootstrap = options.getOrDefault("bootstrap", "localhost:9092");
        int count = Integer.parseInt(options.getOrDefault("count", "100000"));
        int windowSeconds = Integer.parseInt(options.getOrDefault("window", "300"));
        long run = System.currentTimeMillis() / 1000 % 10_000;

        try (var escalations = consumer(bootstrap); var producer = producer(bootstrap)) {
            escalations.subscribe(List.of(Topics.ESCALATIONS));
            escalations.poll(Duration.ofSeconds(2)); // join the group before anything is published

            // Calibrate: how fast does escalation-service open cases (far-future due times, never fire here)?
            // A first, unmeasured round warms the service up.
            int probe = Math.min(2000, Math.max(200, count / 50));
            Instant farFuture = Instant.now().plus(Duration.ofDays(2));
            awaitOpened(escalations, publish(producer, "7", run, probe / 4, i -> farFuture), Duration.ofMinutes(10),
                    new ArrayList<>());
            Instant probeStart = Instant.now();
            Set<String> probeNumbers = publish(producer, "8", run, probe, i -> farFuture);
            awaitOpened(escalations, probeNumbers, Duration.ofMinutes(10), new ArrayList<>());
            double openRate = probe / secondsSince(probeStart);
            double leadSeconds = Math.max(30, count / openRate * 1.4 + 20);
            System.out.printf("cases open at %.0f/s; due times start in %.0f s so all %d timers exist before the first is due%n",
                    openRate, leadSeconds, count);

            Instant firstDue = Instant.now().plusMillis((long) (leadSeconds * 1000));
            long stepNanos = Duration.ofSeconds(windowSeconds).toNanos() / count;
            Instant publishStart = Instant.now();
            Set<String> numbers = publish(producer, "9", run, count, i -> firstDue.plusNanos(i * stepNanos));
            List<Seen> early = new ArrayList<>();
            awaitOpened(escalations, numbers, Duration.ofSeconds((long) leadSeconds + windowSeconds), early);
            Instant allOpen = Instant.now();
            System.out.printf("%d cases opened in %.1f s (%.0f/s); first due at %s, last %d s later%n", count,
                    secondsSince(publishStart), count / secondsSince(publishStart), firstDue, windowSeconds);
            if (allOpen.isAfter(firstDue)) {
                System.out.println("WARNING: not every case was open before the first due time; lateness includes ingestion");
            }

            long[] lateness = new long[count];
            long[] visibleLateness = new long[count];
            Instant firstRaised = null;
            Instant lastRaised = null;
            int raised = 0;
            Set<String> seen = new HashSet<>();
            Instant giveUp = firstDue.plusSeconds(windowSeconds + 300);
            List<Seen> pending = new ArrayList<>(early);
            while (raised < count && Instant.now().isBefore(giveUp)) {
                for (ConsumerRecord<String, String> record : escalations.poll(Duration.ofMillis(500))) {
                    pending.add(new Seen(JSON.readTree(record.value()), record.timestamp()));
                }
                for (Seen seenRecord : pending) {
                    JsonNode envelope = seenRecord.envelope();
                    if (!envelope.path("eventType").asText().equals("EscalationRaised")
                            || !numbers.contains(envelope.path("aggregateId").asText())
                            || !seen.add(envelope.path("aggregateId").asText())) {
                        continue;
                    }
                    Instant occurred = OffsetDateTime.parse(envelope.path("occurredAt").asText()).toInstant();
                    Instant due = Instant.parse(envelope.at("/payload/at").asText());
                    visibleLateness[raised] = seenRecord.kafkaTimestamp() - due.toEpochMilli();
                    lateness[raised++] = Duration.between(due, occurred).toMillis();
                    firstRaised = firstRaised == null || occurred.isBefore(firstRaised) ? occurred : firstRaised;
                    lastRaised = lastRaised == null || occurred.isAfter(lastRaised) ? occurred : lastRaised;
                }
                pending.clear();
            }
            long[] sorted = Arrays.copyOf(lateness, raised);
            Arrays.sort(sorted);
            long[] visible = Arrays.copyOf(visibleLateness, raised);
            Arrays.sort(visible);
            System.out.printf("escalations raised: %d of %d%n", raised, count);
            if (raised > 0) {
                double span = Math.max(0.001, Duration.between(firstRaised, lastRaised).toMillis() / 1000.0);
                System.out.printf("lateness of EscalationRaised after the due time (ms): p50 %d, p99 %d, max %d%n",
                        percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
                System.out.printf("lateness until it is on escalations.v1 (ms):          p50 %d, p99 %d, max %d%n",
                        percentile(visible, 50), percentile(visible, 99), visible[visible.length - 1]);
                System.out.printf("throughput: %.0f escalations/s over %.1f s (timers due at %.0f/s)%n",
                        raised / span, span, count / (double) windowSeconds);
            }
        }
    }

    interface DueTimes {
        Instant of(int index);
    }

    /** An envelope read from escalations.v1 and when Kafka got it. */
    record Seen(JsonNode envelope, long kafkaTimestamp) {
    }

    private static Set<String> publish(KafkaProducer<String, String> producer, String prefix, long run, int count,
                                       DueTimes due) {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String rn = String.format("%s%04d%07d", prefix, run, i);
            numbers.add(rn);
            var registered = new ComplaintRegistered(rn, null, "Bench", "9876543210", "E1.1", AreaType.URBAN,
                    DISTRICTS[i % DISTRICTS.length], "Address", "benchmark", Channel.CALL_CENTRE, Language.ENGLISH,
                    ClockType.PLAIN, due.of(i), "BENCH", "BENCH", "integration", Instant.now());
            var envelope = new IntegrationEvent(UUID.randomUUID(), "ComplaintRegistered", rn, 0,
                    Instant.now().atOffset(ZoneOffset.UTC), 1, null, JSON.valueToTree(registered));
            try {
                producer.send(new ProducerRecord<>(Topics.COMPLAINTS, rn, JSON.writeValueAsString(envelope)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        producer.flush();
        return numbers;
    }

    /** Waits until every case is open; keeps other envelopes seen meanwhile in {@code others}. */
    private static void awaitOpened(KafkaConsumer<String, String> escalations, Set<String> numbers, Duration limit,
                                    List<Seen> others) throws Exception {
        Set<String> open = new HashSet<>();
        Instant giveUp = Instant.now().plus(limit);
        while (open.size() < numbers.size()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("only " + open.size() + " of " + numbers.size() + " cases opened in " + limit);
            }
            for (ConsumerRecord<String, String> record : escalations.poll(Duration.ofMillis(500))) {
                JsonNode envelope = JSON.readTree(record.value());
                if (envelope.path("eventType").asText().equals("EscalationCaseOpened")
                        && numbers.contains(record.key())) {
                    open.add(record.key());
                } else {
                    others.add(new Seen(envelope, record.timestamp()));
                }
            }
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double secondsSince(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
                new StringDeserializer(), new StringDeserializer());
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new StringSerializer());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
