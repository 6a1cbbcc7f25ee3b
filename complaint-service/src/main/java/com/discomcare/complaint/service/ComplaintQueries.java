package com.discomcare.complaint.service;

import com.discomcare.complaint.domain.Complaint;
import com.discomcare.complaint.repository.ComplaintRecord;
import com.discomcare.contracts.complaint.ComplaintEvent;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Reads. One complaint and its history come straight from the event store, so they include a write made a
 * moment ago; lists come from the read model, which follows within moments, narrowed to the caller's
 * {@link Scope}.
 */
@ApplicationScoped
public class ComplaintQueries {

    public record HistoryEntry(long sequence, String eventId, String eventType, Instant occurredAt,
                               Object correlationId, Object payload) {
    }

    public record Summary(String requestNumber, String status, boolean paused, String category, String areaType,
                          String district, String consumerNumber, String phone, String name, String assigneeId,
                          int escalationLevel, Instant dueAt, Instant registeredAt, Instant updatedAt) {
    }

    public record SummaryPage(List<Summary> items, int page, int size, long total) {
    }

    public record Filter(String status, String district, String consumerNumber, String phone, Scope scope) {
    }

    /**
     * The complaints a caller may see: all ({@link #EVERYTHING}), or {@linkplain #of those} of {@code districts}
     * and those assigned to {@code assigneeId} (null: none by assignment).
     */
    public record Scope(Set<String> districts, String assigneeId) {
        public static final Scope EVERYTHING = new Scope(null, null);

        public Scope {
            districts = districts == null ? null : Set.copyOf(districts);
        }

        public static Scope of(Set<String> districts, String assigneeId) {
            return new Scope(Objects.requireNonNull(districts, "districts"), assigneeId);
        }

        boolean isEverything() {
            return districts == null;
        }
    }

    private final EventStore eventStore;

    @Inject
    public ComplaintQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<Complaint> complaint(String requestNumber) {
        Complaint state = null;
        for (DomainEventMessage<?> event : events(requestNumber)) {
            state = Complaint.evolve(state, (ComplaintEvent) event.getPayload());
        }
        return Optional.ofNullable(state);
    }

    public List<HistoryEntry> history(String requestNumber) {
        return events(requestNumber).stream()
                .map(event -> new HistoryEntry(event.getSequenceNumber(), event.getIdentifier(),
                        event.getPayloadType().getSimpleName(), event.getTimestamp(),
                        event.getMetaData().get(AxonSetup.CORRELATION_ID), event.getPayload()))
                .toList();
    }

    private List<? extends DomainEventMessage<?>> events(String requestNumber) {
        return eventStore.readEvents(requestNumber).asStream().toList();
    }

    public SummaryPage list(Filter filter, int page, int size) {
        StringJoiner where = new StringJoiner(" and ");
        Map<String, Object> parameters = new HashMap<>();
        addCondition(where, parameters, "status", filter.status());
        addCondition(where, parameters, "district", filter.district());
        addCondition(where, parameters, "consumerNumber", filter.consumerNumber());
        addCondition(where, parameters, "phone", filter.phone());
        Scope scope = filter.scope();
        if (!scope.isEverything()) {
            if (scope.districts().isEmpty() && scope.assigneeId() == null) {
                return new SummaryPage(List.of(), page, size, 0);
            }
            StringJoiner visible = new StringJoiner(" or ", "(", ")");
            if (!scope.districts().isEmpty()) {
                visible.add("district in :visibleDistricts");
                parameters.put("visibleDistricts", scope.districts());
            }
            if (scope.assigneeId() != null) {
                visible.add("assigneeId = :visibleAssignee");
                parameters.put("visibleAssignee", scope.assigneeId());
            }
            where.add(visible.toString());
        }
        Sort newestFirst = Sort.descending("registeredAt").and("requestNumber", Sort.Direction.Descending);
        PanacheQuery<ComplaintRecord> query = parameters.isEmpty()
                ? ComplaintRecord.findAll(newestFirst)
                : ComplaintRecord.find(where.toString(), newestFirst, parameters);
        List<Summary> items = query.page(Page.of(page, size)).list().stream()
                .map(r -> new Summary(r.requestNumber, r.status, r.paused, r.category, r.areaType, r.district,
                        r.consumerNumber, r.phone, r.name, r.assigneeId, r.escalationLevel, r.dueAt,
                        r.registeredAt, r.updatedAt))
                .toList();
        return new SummaryPage(items, page, size, query.count());
    }

    private static void addCondition(StringJoiner where, Map<String, Object> parameters, String field, String value) {
        if (value != null) {
            where.add(field + " = :" + field);
            parameters.put(field, value);
        }
    }
}
