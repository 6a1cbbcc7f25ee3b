package com.discomcare.connection.service;

import com.discomcare.connection.domain.ConnectionApplication;
import com.discomcare.connection.domain.ServiceRequest;
import com.discomcare.connection.repository.ApplicationRecord;
import com.discomcare.contracts.connection.ConnectionEvent;
import com.discomcare.kit.axon.AxonSetup;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Reads. One application or service request and its history come straight from the event store, so they include a
 * write made a moment ago; lists come from the read model, which follows within moments.
 */
@ApplicationScoped
public class ConnectionQueries {

    public record HistoryEntry(long sequence, String eventId, String eventType, Instant occurredAt,
                               Object correlationId, Object payload) {
    }

    public record ApplicationSummary(String applicationNumber, String status, String requestType, String category,
                                     String district, String name, String phone, String consumerNumber,
                                     Instant dueAt, Instant registeredAt, Instant updatedAt) {
    }

    public record SummaryPage<T>(List<T> items, int page, int size, long total) {
    }

    /** {@code districts} null: every district; otherwise only these (empty: none). */
    public record Filter(String status, String district, String phone, Set<String> districts) {
    }

    private final EventStore eventStore;

    @Inject
    public ConnectionQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<ConnectionApplication> application(String applicationNumber) {
        ConnectionApplication state = null;
        for (DomainEventMessage<?> event : events(applicationNumber)) {
            state = ConnectionApplication.evolve(state, (ConnectionEvent) event.getPayload());
        }
        return Optional.ofNullable(state);
    }

    public Optional<ServiceRequest> serviceRequest(String requestNumber) {
        ServiceRequest state = null;
        for (DomainEventMessage<?> event : events(requestNumber)) {
            state = ServiceRequest.evolve(state, (ConnectionEvent) event.getPayload());
        }
        return Optional.ofNullable(state);
    }

    public List<HistoryEntry> history(String number) {
        return events(number).stream()
                .map(event -> new HistoryEntry(event.getSequenceNumber(), event.getIdentifier(),
                        event.getPayloadType().getSimpleName(), event.getTimestamp(),
                        event.getMetaData().get(AxonSetup.CORRELATION_ID), event.getPayload()))
                .toList();
    }

    private List<? extends DomainEventMessage<?>> events(String number) {
        return eventStore.readEvents(number).asStream().toList();
    }

    public SummaryPage<ApplicationSummary> applications(Filter filter, int page, int size) {
        StringJoiner where = new StringJoiner(" and ");
        Map<String, Object> parameters = new HashMap<>();
        addCondition(where, parameters, "status", filter.status());
        addCondition(where, parameters, "district", filter.district());
        addCondition(where, parameters, "phone", filter.phone());
        if (filter.districts() != null) {
            if (filter.districts().isEmpty()) {
                return new SummaryPage<>(List.of(), page, size, 0);
            }
            where.add("district in :visibleDistricts");
            parameters.put("visibleDistricts", filter.districts());
        }
        Sort newestFirst = Sort.descending("registeredAt").and("applicationNumber", Sort.Direction.Descending);
        PanacheQuery<ApplicationRecord> query = parameters.isEmpty()
                ? ApplicationRecord.findAll(newestFirst)
                : ApplicationRecord.find(where.toString(), newestFirst, parameters);
        List<ApplicationSummary> items = query.page(Page.of(page, size)).list().stream()
                .map(r -> new ApplicationSummary(r.applicationNumber, r.status, r.requestType, r.category, r.district,
                        r.name, r.phone, r.consumerNumber, r.dueAt, r.registeredAt, r.updatedAt))
                .toList();
        return new SummaryPage<>(items, page, size, query.count());
    }

    private static void addCondition(StringJoiner where, Map<String, Object> parameters, String field, String value) {
        if (value != null) {
            where.add(field + " = :" + field);
            parameters.put(field, value);
        }
    }
}
