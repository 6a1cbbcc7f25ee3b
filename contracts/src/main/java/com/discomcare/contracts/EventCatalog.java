package com.discomcare.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The event types of one topic: the name each sealed event record has on the wire ({@code eventType} of the
 * envelope) and the record each name decodes to. The names are written out here, not taken from class names, so
 * that renaming a record cannot rename its events on the wire; and a catalog refuses to exist unless it names
 * every record its sealed type permits, so adding an event without naming it fails at start and in every test.
 *
 * @param <E> the topic's sealed event type
 */
public final class EventCatalog<E> {

    private final String topic;
    private final Class<E> baseType;
    private final Map<String, Class<? extends E>> typesByName;
    private final Map<Class<?>, String> namesByType;

    private EventCatalog(String topic, Class<E> baseType, Map<String, Class<? extends E>> typesByName) {
        this.topic = topic;
        this.baseType = baseType;
        this.typesByName = Collections.unmodifiableMap(new LinkedHashMap<>(typesByName));
        Map<Class<?>, String> names = new HashMap<>();
        typesByName.forEach((name, type) -> names.put(type, name));
        this.namesByType = Map.copyOf(names);
        checkEveryPermittedRecordIsNamed();
    }

    public static <E> Builder<E> of(String topic, Class<E> baseType) {
        return new Builder<>(topic, baseType);
    }

    /** The topic these events are published on. */
    public String topic() {
        return topic;
    }

    public Class<E> baseType() {
        return baseType;
    }

    /** The event's name on the wire. */
    public String nameOf(E event) {
        String name = namesByType.get(event.getClass());
        if (name == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not an event of " + topic);
        }
        return name;
    }

    public Optional<Class<? extends E>> typeNamed(String name) {
        return Optional.ofNullable(typesByName.get(name));
    }

    /** Every event name of the topic, in the order the catalog lists them. */
    public Set<String> names() {
        return typesByName.keySet();
    }

    /**
     * The payload as the record its {@code eventType} names.
     *
     * @throws UnknownEventType        for a name this catalog does not have (a newer producer, or a wrong topic)
     * @throws JsonProcessingException for a payload that does not bind to the record
     */
    public E decode(ObjectMapper json, String eventType, JsonNode payload) throws JsonProcessingException {
        Class<? extends E> type = typesByName.get(eventType);
        if (type == null) {
            throw new UnknownEventType(topic, eventType);
        }
        return json.treeToValue(payload, type);
    }

    private void checkEveryPermittedRecordIsNamed() {
        Set<String> problems = new TreeSet<>();
        Class<?>[] permitted = baseType.getPermittedSubclasses();
        if (permitted == null) {
            throw new IllegalArgumentException(baseType.getName() + " is not a sealed type");
        }
        for (Class<?> type : permitted) {
            if (!namesByType.containsKey(type)) {
                problems.add(type.getSimpleName() + " has no name on " + topic);
            }
        }
        Set<Class<?>> permittedTypes = Arrays.stream(permitted).collect(Collectors.toSet());
        typesByName.forEach((name, type) -> {
            if (!permittedTypes.contains(type)) {
                problems.add(name + " names " + type.getName() + ", which " + baseType.getSimpleName() + " does not permit");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("event catalog of " + topic + ": " + String.join("; ", problems));
        }
    }

    /** A name that the topic's catalog does not know: dead-lettered, never passed over in silence. */
    public static final class UnknownEventType extends RuntimeException {
        public UnknownEventType(String topic, String eventType) {
            super("unknown event type '" + eventType + "' on " + topic);
        }
    }

    public static final class Builder<E> {
        private final String topic;
        private final Class<E> baseType;
        private final Map<String, Class<? extends E>> typesByName = new LinkedHashMap<>();

        private Builder(String topic, Class<E> baseType) {
            this.topic = topic;
            this.baseType = baseType;
        }

        public Builder<E> event(String name, Class<? extends E> type) {
            if (typesByName.putIfAbsent(name, type) != null || typesByName.values().stream().filter(type::equals).count() > 1) {
                throw new IllegalArgumentException("event name or type listed twice: " + name);
            }
            return this;
        }

        public EventCatalog<E> build() {
            return new EventCatalog<>(topic, baseType, typesByName);
        }
    }
}
