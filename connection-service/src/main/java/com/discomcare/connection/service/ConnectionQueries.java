package com.discomcare.connection.service;

import com.discomcare.connection.domain.ConnectionApplication;
import com.discomcare.connection.domain.ServiceRequest;
import com.discomcare.connection.repository.ApplicationRecord;
import com.discomcare.connection.repository.ServiceRequestRecord;
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

    public record ServiceRequestSummary(String requestNumber, String status, String requestType,
                                        String consumerNumber, String district, String phone, Instant dueAt,
                                        Instant registeredAt, Instant updatedAt) {
    }

    public record SummaryPage<T>(List<T> items, int page, int size, long total) {
    }

    /**
     * Every value may be null (no condition). {@code districts} null: every district; otherwise only these (empty:
     * none).
     */
    public record Filter(String status, String district, String phone, String consumerNumber, Set<String> districts) {
    }

    /** A filter as a query: empty when it can match nothing. */
    private record Where(String clause, Map<String, Object> parameters) {

        static Optional<Where> of(Filter filter) {
            StringJoiner where = new StringJoiner(" and ");
            Map<String, Object> parameters = new HashMap<>();
            addCondition(where, parameters, "status", filter.status());
            addCondition(where, parameters, "district", filter.district());
            addCondition(where, parameters, "phone", filter.phone());
            addCondition(where, parameters, "consumerNumber", filter.consumerNumber());
            if (filter.districts() != null) {
                if (filter.districts().isEmpty()) {
                    return Optional.empty();
                }
                where.add("district in :visibleDistricts");
                parameters.put("visibleDistricts", filter.districts());
            }
            return Optional.of(new Where(where.toString(), parameters));
        }

        private static void addCondition(StringJoiner where, Map<String, Object> parameters, String field,
                                         String value) {
            if (value != null) {
                where.add(field + " = :" + field);
                parameters.put(field, value);
            }
        }
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
        Optional<Where> where = Where.of(filter);
        if (where.isEmpty()) {
            return new SummaryPage<>(List.of(), page, size, 0);
        }
        Sort newestFirst = Sort.descending("registeredAt").and("applicationNumber", Sort.Direction.Descending);
        PanacheQuery<ApplicationRecord> query = where.get().parameters().isEmpty()
                ? ApplicationRecord.findAll(newestFirst)
                : ApplicationRecord.find(where.get().clause(), newestFirst, where.get().parameters());
        List<ApplicationSummary> items = query.page(Page.of(page, size)).list().stream()
                .map(r -> new ApplicationSummary(r.applicationNumber, r.status, r.requestType, r.category, r.district,
                        r.name, r.phone, r.consumerNumber, r.dueAt, r.registeredAt, r.updatedAt))
                .toList();
        return new SummaryPage<>(items, page, size, query.count());
    }

    public SummaryPage<ServiceRequestSummary> serviceRequests(Filter filter, int page, int size) {
        Optional<Where> where = Where.of(filter);
        if (where.isEmpty()) {
            return new SummaryPage<>(List.of(), page, size, 0);
        }
        Sort newestFirst = Sort.descending("registeredAt").and("requestNumber", Sort.Direction.Descending);
        PanacheQuery<ServiceRequestRecord> query = where.get().parameters().isEmpty()
                ? ServiceRequestRecord.findAll(newestFirst)
                : ServiceRequestRecord.find(where.get().clause(), newestFirst, where.get().parameters());
        List<ServiceRequestSummary> items = query.page(Page.of(page, size)).list().stream()
                .map(r -> new ServiceRequestSummary(r.requestNumber, r.status, r.requestType, r.consumerNumber,
                        r.district, r.phone, r.dueAt, r.registeredAt, r.updatedAt))
                .toList();
        return new SummaryPage<>(items, page, size, query.count());
    }
}
