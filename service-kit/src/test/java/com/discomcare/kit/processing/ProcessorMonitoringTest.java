package com.discomcare.kit.processing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Tracking processors that report their lag and errors, and a read model that passes over what it cannot store. */
@QuarkusTest
@TestProfile(KitOperationsTestProfile.class)
class ProcessorMonitoringTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CHECK = "checks.find { it.name == 'event processors' }";

    @Inject
    EventStore eventStore;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void unblock() {
        KitOperationsServiceDefinition.BLOCKED.clear();
    }

    @Test
    void aReadModelRecordsAnEventItCannotStoreAfterItsRetriesAndGoesOn() throws Exception {
        GenericDomainEventMessage<TestEvent> before = publish("plain text");
        GenericDomainEventMessage<TestEvent> poison = publish("NUL \u0000 here"); // PostgreSQL refuses it in text
        GenericDomainEventMessage<TestEvent> after = publish("more plain text");

        await().atMost(WAIT).until(() -> stored(after.getIdentifier()) != null);
        assertThat(stored(before.getIdentifier())).isEqualTo("plain text");
        assertThat(stored(poison.getIdentifier())).isNull();
        Map<String, Object> failure = failure(KitOperationsServiceDefinition.READ_MODEL, poison.getIdentifier());
        assertThat(failure).containsEntry("event_type", "TestEvent")
                .containsEntry("aggregate_id", poison.getAggregateIdentifier())
                .containsEntry("sequence_number", 0L)
                .containsEntry("attempts", RecordAndSkipFailedEvents.DEFAULT_MAX_ATTEMPTS);
        assertThat((String) failure.get("error")).contains("0x00");
        assertThat((Long) failure.get("global_index")).isPositive();
        assertThat(failure(KitOperationsServiceDefinition.OUTBOX, poison.getIdentifier()))
                .as("the other processor took the event").isEmpty();

        await().atMost(WAIT).untilAsserted(() -> {
            given().get("/q/health/well").then().statusCode(200)
                    .body(CHECK + ".data.'kit-test-read-model.lagEvents'", equalTo(0))
                    .body(CHECK + ".data.'kit-test-read-model.recordedFailedEvents'", equalTo(1));
            assertThat(metrics()).contains("processor_lag_events{processor=\"kit-test-read-model\"} 0.0")
                    .contains("processor_failed_events{processor=\"kit-test-read-model\"} 1.0");
        });
    }

    @Test
    void aProcessorStuckOnAnEventIsDownNamingTheEventAndTheErrorUntilItPasses() {
        GenericDomainEventMessage<TestEvent> first = new GenericDomainEventMessage<>("TestAggregate",
                UUID.randomUUID().toString(), 0, new TestEvent("to Kafka"));
        KitOperationsServiceDefinition.BLOCKED.add(first.getIdentifier());
        publish(first);
        publish("behind it");

        await().atMost(WAIT).untilAsserted(() -> {
            given().get("/q/health/well").then().statusCode(503)
                    .body(CHECK + ".status", equalTo("DOWN"))
                    .body(CHECK + ".data.'kit-test-outbox.stuckOn.eventId'", equalTo(first.getIdentifier()))
                    .body(CHECK + ".data.'kit-test-outbox.stuckOn.type'", equalTo("TestEvent"))
                    .body(CHECK + ".data.'kit-test-outbox.stuckOn.aggregateId'",
                            equalTo(first.getAggregateIdentifier()))
                    .body(CHECK + ".data.'kit-test-outbox.error'",
                            containsString("Kafka did not acknowledge " + first.getIdentifier()))
                    .body(CHECK + ".data.'kit-test-outbox.lagEvents'", equalTo(2))
                    .body(CHECK + ".data.'kit-test-read-model.lagEvents'", equalTo(0));
            assertThat(metrics()).contains("processor_error{processor=\"kit-test-outbox\"} 1.0")
                    .contains("processor_lag_events{processor=\"kit-test-outbox\"} 2.0")
                    .contains("processor_error{processor=\"kit-test-read-model\"} 0.0");
        });
        given().get("/q/health/ready").then().statusCode(200); // the service keeps serving meanwhile
        given().get("/q/health").then().statusCode(503);
        String lagSeconds = given().get("/q/health/well").then().extract()
                .path(CHECK + ".data.'kit-test-outbox.lagSeconds'");
        assertThat(Double.parseDouble(lagSeconds)).isPositive();

        KitOperationsServiceDefinition.BLOCKED.clear();

        await().atMost(WAIT).untilAsserted(() -> {
            given().get("/q/health/well").then().statusCode(200)
                    .body(CHECK + ".status", equalTo("UP"))
                    .body(CHECK + ".data.'kit-test-outbox.lagEvents'", equalTo(0))
                    .body(CHECK + ".data.'kit-test-outbox.lagSeconds'", equalTo("0.0"));
            assertThat(metrics()).contains("processor_error{processor=\"kit-test-outbox\"} 0.0")
                    .contains("processor_lag_seconds{processor=\"kit-test-outbox\"} 0.0");
        });
    }

    // ------------------------------------------------------------------------------------------------------------

    private GenericDomainEventMessage<TestEvent> publish(String text) {
        return publish(new GenericDomainEventMessage<>("TestAggregate", UUID.randomUUID().toString(), 0,
                new TestEvent(text)));
    }

    private GenericDomainEventMessage<TestEvent> publish(GenericDomainEventMessage<TestEvent> event) {
        QuarkusTransaction.requiringNew().run(() -> eventStore.publish(event));
        return event;
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private String stored(String eventId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT text FROM kit_test_view WHERE event_id = ?")) {
            query.setString(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private Map<String, Object> failure(String processor, String eventId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT event_type, aggregate_id, sequence_number, "
                     + "attempts, error, global_index FROM projection_failure WHERE processor = ? AND event_id = ?")) {
            query.setString(1, processor);
            query.setString(2, eventId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Map.of();
                }
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.add(row.getMetaData().getColumnName(i));
                }
                Map<String, Object> values = new java.util.HashMap<>();
                for (String column : columns) {
                    values.put(column, row.getObject(column));
                }
                return values;
            }
        }
    }
}
