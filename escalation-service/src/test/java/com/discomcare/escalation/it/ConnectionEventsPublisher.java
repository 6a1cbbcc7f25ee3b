package com.discomcare.escalation.it;

import com.discomcare.contracts.EventCatalogs;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.JsonMapping;
import com.discomcare.contracts.Topics;
import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.connection.ApplicantType;
import com.discomcare.contracts.connection.ApplicationRegistered;
import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.ConnectionEvent;
import com.discomcare.contracts.connection.ConnectionReleased;
import com.discomcare.contracts.connection.DeficiencyNoted;
import com.discomcare.contracts.connection.DemandNoteIssued;
import com.discomcare.contracts.connection.DocumentsResubmitted;
import com.discomcare.contracts.connection.LoadUnit;
import com.discomcare.contracts.connection.PaymentReceived;
import com.discomcare.contracts.connection.ServiceRequestCompleted;
import com.discomcare.contracts.connection.ServiceRequestRegistered;
import com.discomcare.contracts.connection.SubmittedDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Publishes connection events to connections.v1 the way connection-service's outbox does, for escalation tests. */
public final class ConnectionEventsPublisher implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private final KafkaProducer<String, String> producer;

    public ConnectionEventsPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** A fresh 13-digit application number (5...); escalation-service does not check the check digit. */
    public static String newApplicationNumber() {
        return String.format("526%010d", SERIAL.incrementAndGet() % 10_000_000_000L);
    }

    /** A fresh 13-digit service-request number (6...). */
    public static String newServiceRequestNumber() {
        return String.format("626%010d", SERIAL.incrementAndGet() % 10_000_000_000L);
    }

    public static ApplicationRegistered application(String number, String district, ConnectionCategory category,
                                                    String load, Instant dueAt) {
        return new ApplicationRegistered(number, "NEW_CONNECTION", ApplicantType.COMPANY, "Aravali Castings Pvt Ltd",
                category, new BigDecimal(load), LoadUnit.KW, 3, ConnectionAreaType.MUNICIPAL, district,
                "Plot 7, Sector 37", 500, true, "9876543210", Language.ENGLISH,
                List.of(new SubmittedDocument("PAN", "AAACA1234A", "Income Tax Department")), "DEMAND_NOTE", dueAt,
                "AGENT-1", "Priya Nair", "agent", Instant.now());
    }

    public static ServiceRequestRegistered serviceRequest(String number, String district, Instant dueAt) {
        return new ServiceRequestRegistered(number, "NAME_CHANGE", null, "8100000001", "Ramesh Kumar", "9876543210",
                district, ConnectionAreaType.METRO, Language.HINDI, "change to the new owner", null, null, null,
                List.of(new SubmittedDocument("SALE_DEED", "GGN/2026/77", "Sub-Registrar")), List.of(), "COMPLETION",
                dueAt, "AGENT-1", "Priya Nair", "agent", Instant.now());
    }

    public static DeficiencyNoted deficiency(String number) {
        return new DeficiencyNoted(number, List.of("IDENTITY_PROOF"), "PAN copy unreadable", "CRO-GGN",
                "Anita Sharma", "cro", Instant.now());
    }

    public static DocumentsResubmitted resubmitted(String number, Duration pausedFor, Instant dueAt) {
        return new DocumentsResubmitted(number, List.of(new SubmittedDocument("PAN", "AAACA1234A", "Income Tax Department")),
                pausedFor, dueAt, "AGENT-1", "Priya Nair", "agent", Instant.now());
    }

    public static DemandNoteIssued demandNote(String number) {
        return new DemandNoteIssued(number, List.of(), "2026-04-01", 9000, List.of(3000L, 6000L), "CRO-GGN",
                "Anita Sharma", "cro", Instant.now());
    }

    /** A payment; {@code dueAt} null while part of the demand note is still to pay. */
    public static PaymentReceived payment(String number, long amount, int instalment, long balanceDue, Instant dueAt) {
        return new PaymentReceived(number, "pay_" + UUID.randomUUID(), amount, instalment, balanceDue,
                dueAt == null ? null : "RELEASE", dueAt, "PAYMENT-GATEWAY", "Payment gateway", "integration",
                Instant.now());
    }

    public static ConnectionReleased released(String number, String consumerNumber) {
        return new ConnectionReleased(number, consumerNumber, "Aravali Castings Pvt Ltd", "9876543210", "Gurugram",
                ConnectionAreaType.MUNICIPAL, ConnectionCategory.LT_INDUSTRIAL, new BigDecimal("45"), LoadUnit.KW,
                null, true, "JE-GGN-1", "Ravi Engineer", "engineer", Instant.now());
    }

    public static ServiceRequestCompleted completed(String number) {
        return new ServiceRequestCompleted(number, "name changed in billing", true, "CRO-GGN", "Anita Sharma", "cro",
                Instant.now());
    }

    /** Publishes the event as the given sequence of its request and returns its envelope. */
    public IntegrationEvent publish(ConnectionEvent event, long sequence) {
        var envelope = new IntegrationEvent(UUID.randomUUID(), EventCatalogs.CONNECTIONS.nameOf(event),
                event.requestNumber(), sequence, Instant.now().atOffset(ZoneOffset.UTC), 1,
                UUID.randomUUID().toString(), JSON.valueToTree(event));
        try {
            producer.send(new ProducerRecord<>(Topics.CONNECTIONS, envelope.aggregateId(),
                    JSON.writeValueAsString(envelope))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return envelope;
    }

    @Override
    public void close() {
        producer.close();
    }
}
