package com.discomcare.kit.kafka;

import com.discomcare.contracts.EventCatalog;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.kit.text.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * Reads a record's value as the envelope and its payload as the topic's typed event. Text from another producer
 * is made safe to store first (NUL, other control characters and lone surrogates replaced, see
 * {@link Text}): PostgreSQL refuses NUL in text, and one such character must not dead-letter a sound event.
 */
final class EnvelopeDecoder<E> {

    /** The outcome of decoding one record. */
    sealed interface Decoded<E> {
    }

    record Event<E>(IntegrationEvent envelope, E event) implements Decoded<E> {
    }

    /** Not an envelope, an event name the catalog does not know, or a payload that does not fit its record. */
    record Unreadable<E>(String reason) implements Decoded<E> {
    }

    private final EventCatalog<E> catalog;
    private final ObjectMapper json;

    EnvelopeDecoder(EventCatalog<E> catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    Decoded<E> decode(byte[] value) {
        if (value == null || value.length == 0) {
            return new Unreadable<>("unreadable: no value");
        }
        IntegrationEvent envelope;
        try {
            JsonNode tree = json.readTree(value);
            if (tree == null || !tree.isObject()) {
                return new Unreadable<>("unreadable: not a JSON object");
            }
            envelope = json.treeToValue(Text.clean(tree), IntegrationEvent.class);
        } catch (JsonProcessingException e) {
            return new Unreadable<>("unreadable: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new Unreadable<>("unreadable: " + e.getMessage());
        }
        if (envelope.eventId() == null || envelope.eventType() == null || envelope.payload() == null) {
            return new Unreadable<>("unreadable: the envelope lacks eventId, eventType or payload");
        }
        try {
            return new Event<>(envelope, catalog.decode(json, envelope.eventType(), envelope.payload()));
        } catch (EventCatalog.UnknownEventType e) {
            return new Unreadable<>(e.getMessage());
        } catch (JsonProcessingException e) {
            return new Unreadable<>("unreadable payload of " + envelope.eventType() + ": " + e.getOriginalMessage());
        }
    }
}
