package com.discomcare.escalation.it;

import com.discomcare.contracts.EventCatalogs;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.JsonMapping;
import com.discomcare.contracts.Topics;
import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.complaint.Channel;
import com.discomcare.contracts.complaint.ClockType;
import com.discomcare.contracts.complaint.ComplaintClosed;
import com.discomcare.contracts.complaint.ComplaintEvent;
import com.discomcare.contracts.complaint.ComplaintPaused;
import com.discomcare.contracts.complaint.ComplaintRegistered;
import com.discomcare.contracts.complaint.ComplaintReopened;
import com.discomcare.contracts.complaint.ComplaintResolved;
import com.discomcare.contracts.complaint.ComplaintResumed;
import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.complaint.PauseReason;
import com.discomcare.contracts.complaint.ResolutionCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Publishes complaint events to complaints.v1 the way complaint-service's outbox does, for escalation tests. */
public final class ComplaintEventsPublisher implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private final KafkaProducer<String, String> producer;

    public ComplaintEventsPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** A fresh 12-digit request number (tests do not need a valid check digit here). */
    public static String newRequestNumber() {
        return String.format("99%010d", SERIAL.incrementAndGet() % 10_000_000_000L);
    }

    public static ComplaintRegistered registered(String requestNumber, String district, Instant dueAt) {
        return new ComplaintRegistered(requestNumber, null, "Test Consumer", "9876543210", "E1.1", AreaType.URBAN,
                district, "Address", "No supply", Channel.CALL_CENTRE, Language.ENGLISH, ClockType.PLAIN, dueAt,
                "AGENT-1", "Priya Nair", "agent", Instant.now());
    }

    public static ComplaintResolved resolved(String requestNumber) {
        return new ComplaintResolved(requestNumber, ResolutionCode.FUSE_REPLACED, "done", true, "JE-1", "Suresh Yadav", "engineer",
                Instant.now());
    }

    public static ComplaintClosed closed(String requestNumber) {
        return new ComplaintClosed(requestNumber, "consumer confirmed", "CRO-1", "Anita Sharma", "cro",
                Instant.now());
    }

    public static ComplaintPaused paused(String requestNumber) {
        return new ComplaintPaused(requestNumber, PauseReason.CONSUMER_NOT_AVAILABLE, null, "JE-1",
                "Suresh Yadav", "engineer", Instant.now());
    }

    /** Resumed after {@code pausedFor}, with the due time moved to {@code dueAt}. */
    public static ComplaintResumed resumed(String requestNumber, Duration pausedFor, Instant dueAt) {
        return new ComplaintResumed(requestNumber, pausedFor, dueAt, "JE-1", "Suresh Yadav", "engineer",
                Instant.now());
    }

    public static ComplaintReopened reopened(String requestNumber, Instant dueAt) {
        return new ComplaintReopened(requestNumber, "fault again", dueAt, "CRO-1", "Anita Sharma", "cro",
                Instant.now());
    }

    /** Publishes the event as the given sequence of its complaint and returns its envelope. */
    public IntegrationEvent publish(ComplaintEvent event, long sequence) {
        var envelope = new IntegrationEvent(UUID.randomUUID(), EventCatalogs.COMPLAINTS.nameOf(event), event.requestNumber(),
                sequence, Instant.now().atOffset(ZoneOffset.UTC), 1, UUID.randomUUID().toString(),
                JSON.valueToTree(event));
        publish(envelope);
        return envelope;
    }

    public void publish(IntegrationEvent envelope) {
        try {
            producer.send(new ProducerRecord<>(Topics.COMPLAINTS, envelope.aggregateId(),
                    JSON.writeValueAsString(envelope))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
