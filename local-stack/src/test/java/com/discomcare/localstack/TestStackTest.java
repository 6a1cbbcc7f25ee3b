package com.discomcare.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.Connection;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TestStackTest {

    @Test
    void givesEveryResourceTheSameServersAndItsOwnDatabase() throws Exception {
        TestStack complaints = new TestStack();
        complaints.init(Map.of());
        TestStack escalations = new TestStack();
        escalations.init(Map.of("database", "escalations"));

        Map<String, String> config = complaints.start();
        Map<String, String> other = escalations.start();

        assertEquals(TestStack.postgres().jdbcUrl("complaints"), config.get("quarkus.datasource.jdbc.url"));
        assertEquals(TestStack.postgres().jdbcUrl("escalations"), other.get("quarkus.datasource.jdbc.url"));
        assertEquals("postgres", config.get("quarkus.datasource.username"));
        assertEquals("", config.get("quarkus.datasource.password"));
        assertEquals(TestStack.kafka().bootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals(config.get("kafka.bootstrap.servers"), other.get("kafka.bootstrap.servers"));
        assertSame(TestStack.kafka(), TestStack.kafka());
        try (Connection c = TestStack.postgres().connect("escalations")) {
            assertEquals("escalations", c.getCatalog());
        }
    }
}
