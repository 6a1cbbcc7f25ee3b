package com.discomcare.contracts;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The envelope of every message on a service's public topic (docs/architecture.md, "Envelope").
 * Consumers de-duplicate on {@code eventId}; {@code sequence} orders one aggregate's events.
 */
public record IntegrationEvent(
        UUID eventId,
        String eventType,
        String aggregateId,
        long sequence,
        OffsetDateTime occurredAt,
        int schemaVersion,
        String correlationId,
        JsonNode payload) {
}
