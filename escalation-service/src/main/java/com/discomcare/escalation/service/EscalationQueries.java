package com.discomcare.escalation.service;

import com.discomcare.contracts.escalation.EscalationCaseOpened;
import com.discomcare.contracts.escalation.EscalationCaseRestarted;
import com.discomcare.contracts.escalation.EscalationCaseStopped;
import com.discomcare.contracts.escalation.EscalationClockPaused;
import com.discomcare.contracts.escalation.EscalationClockResumed;
import com.discomcare.contracts.escalation.EscalationEvent;
import com.discomcare.contracts.escalation.EscalationRaised;
import com.discomcare.contracts.escalation.Officer;
import com.discomcare.contracts.escalation.OfficerRole;
import com.discomcare.contracts.escalation.RosterGap;
import com.discomcare.kit.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads: one case folded from its events (always current), and the overdue board from the read model. */
@ApplicationScoped
public class EscalationQueries {

    public enum CaseStatus { OPEN, PAUSED, STOPPED }

    public record Holder(OfficerRole role, Officer officer) {
    }

    public record HistoryEntry(String eventType, Instant at, EscalationEvent event) {
    }

    /** One case; {@code relationshipManager} is named on a large or industrial consumer's request, else null. */
    public record CaseView(String requestNumber, String caseType, String district, CaseStatus status, int tier,
                           Holder holder, Officer relationshipManager, Instant dueAt, Instant nextTierDueAt,
                           List<HistoryEntry> history) {
    }

    public record BoardRow(String requestNumber, String district, String caseType, String status, int tier,
                           String holderRole, String holderId, String holderName, Instant dueAt,
                           Instant nextTierDueAt) {
    }

    public record BoardPage(List<BoardRow> items, int page, int size, long total) {
    }

    private final EventStore eventStore;
    private final Sql sql;

    @Inject
    public EscalationQueries(EventStore eventStore, Sql sql) {
        this.eventStore = eventStore;
        this.sql = sql;
    }

    public Optional<CaseView> escalationCase(String requestNumber) {
        List<HistoryEntry> history = new ArrayList<>();
        CaseView view = null;
        for (DomainEventMessage<?> message : eventStore.readEvents(requestNumber).asStream().toList()) {
            EscalationEvent event = (EscalationEvent) message.getPayload();
            history.add(new HistoryEntry(event.getClass().getSimpleName(), event.at(), event));
            view = evolve(view, event, history);
        }
        return Optional.ofNullable(view);
    }

    private static CaseView evolve(CaseView v, EscalationEvent event, List<HistoryEntry> history) {
        return switch (event) {
            case EscalationCaseOpened e -> new CaseView(e.requestNumber(), e.caseType(), e.district(), CaseStatus.OPEN, 0,
                    new Holder(OfficerRole.CUSTOMER_RELATIONS_OFFICER, e.holder()), e.relationshipManager(), e.dueAt(),
                    e.nextTierDueAt(), history);
            case EscalationRaised e -> new CaseView(v.requestNumber(), v.caseType(), v.district(), v.status(), e.tier(),
                    new Holder(e.role(), e.officer()), v.relationshipManager(), v.dueAt(), e.nextTierDueAt(), history);
            case RosterGap e -> new CaseView(v.requestNumber(), v.caseType(), v.district(), v.status(), e.tier(),
                    v.holder(), v.relationshipManager(), v.dueAt(), v.nextTierDueAt(), history);
            case EscalationCaseStopped e -> new CaseView(v.requestNumber(), v.caseType(), v.district(), CaseStatus.STOPPED,
                    v.tier(), v.holder(), v.relationshipManager(), v.dueAt(), null, history);
            case EscalationClockPaused e -> new CaseView(v.requestNumber(), v.caseType(), v.district(), CaseStatus.PAUSED,
                    v.tier(), v.holder(), v.relationshipManager(), v.dueAt(), null, history);
            case EscalationClockResumed e -> new CaseView(v.requestNumber(), v.caseType(), v.district(), CaseStatus.OPEN,
                    v.tier(), v.holder(), v.relationshipManager(), e.dueAt(), e.nextTierDueAt(), history);
            case EscalationCaseRestarted e -> new CaseView(v.requestNumber(), v.caseType(), v.district(), CaseStatus.OPEN, 0,
                    new Holder(OfficerRole.CUSTOMER_RELATIONS_OFFICER, e.holder()), v.relationshipManager(), e.dueAt(),
                    e.nextTierDueAt(), history);
        };
    }

    /**
     * Open cases, most overdue first: of {@code districts} (null: of every district), {@code overdueOnly} keeps
     * those past their due time.
     */
    public BoardPage board(Set<String> districts, Integer tier, boolean overdueOnly, int page, int size) {
        String where = " FROM escalation_view WHERE status <> 'STOPPED' "
                + "AND (CAST(? AS varchar[]) IS NULL OR district = ANY (CAST(? AS varchar[]))) "
                + "AND (CAST(? AS integer) IS NULL OR tier = ?) AND (NOT ? OR (status = 'OPEN' AND due_at < now()))";
        String[] district = districts == null ? null : districts.toArray(String[]::new);
        Object[] filter = {district, district, tier, tier, overdueOnly};
        List<BoardRow> items = sql.list("SELECT request_number, district, case_type, status, tier, holder_role, "
                        + "holder_id, holder_name, due_at, next_tier_due_at" + where
                        + " ORDER BY due_at, request_number LIMIT ? OFFSET ?",
                row -> new BoardRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getInt(5), row.getString(6), row.getString(7), row.getString(8), instant(row, 9),
                        instant(row, 10)),
                district, district, tier, tier, overdueOnly, size, (long) page * size);
        long total = sql.first("SELECT count(*)" + where, row -> row.getLong(1), filter).orElseThrow();
        return new BoardPage(items, page, size, total);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp time = row.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }
}
