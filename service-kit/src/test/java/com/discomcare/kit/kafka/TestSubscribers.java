package com.discomcare.kit.kafka;

import com.discomcare.contracts.EventCatalog;
import com.discomcare.contracts.EventCatalogs;
import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.complaint.ComplaintEvent;

import java.util.Optional;
import java.util.function.Predicate;

/** Subscribers of complaint events on a test's own topic, for the kit's consumer tests. */
public final class TestSubscribers {

    /** What a test's subscriber does with one event, inside the consumer's transaction. */
    @FunctionalInterface
    public interface Handler {
        void handle(ComplaintEvent event, IntegrationEvent envelope) throws Exception;
    }

    private TestSubscribers() {
    }

    /** The complaint events' catalog, on {@code topic}. */
    public static EventCatalog<ComplaintEvent> complaintEventsOn(String topic) {
        EventCatalog.Builder<ComplaintEvent> catalog = EventCatalog.of(topic, ComplaintEvent.class);
        EventCatalogs.COMPLAINTS.names()
                .forEach(name -> catalog.event(name, EventCatalogs.COMPLAINTS.typeNamed(name).orElseThrow()));
        return catalog.build();
    }

    /** Handles every complaint event of {@code topic} with {@code handler}. */
    public static EventSubscriber<ComplaintEvent> subscriber(String topic, Handler handler) {
        return subscriber(topic, handler, event -> true);
    }

    /** Handles the complaint events of {@code topic} that {@code concerns} accepts; the others need no work. */
    public static EventSubscriber<ComplaintEvent> subscriber(String topic, Handler handler,
                                                             Predicate<ComplaintEvent> concerns) {
        EventCatalog<ComplaintEvent> catalog = complaintEventsOn(topic);
        return new EventSubscriber<>() {
            @Override
            public EventCatalog<ComplaintEvent> catalog() {
                return catalog;
            }

            @Override
            public Optional<Work> workFor(ComplaintEvent event, IntegrationEvent envelope) {
                return concerns.test(event) ? Optional.of(() -> handler.handle(event, envelope)) : Optional.empty();
            }
        };
    }
}
