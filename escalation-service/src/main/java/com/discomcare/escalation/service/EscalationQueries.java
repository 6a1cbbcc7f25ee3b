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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads: one case folded from its events (always current), and the overdue board from the read model. */
@ApplicationScoped
public class EscalationQueries {

    public enum CaseStatus { OPEN, PAUSED, STOPPED }

    public record Holder(OfficerRole role, Officer officer) {
    }

    public record HistoryEntry(String eventType, Instant at, EscalationEvent event) {
    }

    public record CaseView(String requestNumber, String caseType, String district, CaseStatus status, int tier,
                           Holder holder, Instant dueAt, Instant nextTierDueAt, List<HistoryEntry> history) {
    }

    public record BoardRow(String requestNumber, String district, String caseType, String status, int tier,
                           String holderRole, String holderId, String holderName, Instant dueAt,
                           Instant nextTierDueAt) {
    }

    public record BoardPage(List<BoardRow> items, int page, int size, long total) {
    }

    private final EventStore eventStore;
    private final EntityManager em;

    @Inject
    public EscalationQueries(EventStore eventStore, EntityManager em) {
        this.eventStore = eventStore;
        this.em = em;
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
                    new Holder(OfficerRole.CUSTOMER_RELATIONS_OFFICER, e.holder()), e.dueAt(), e.nextTierDueAt(), history);
            case EscalationRaised e -> new CaseView(v.requestNumber(), v.caseType(), v.district(), v.status(), e.tier(),
                    new Holder(e.role(), e.officer()), v.dueAt(), e.nextTierDueAt(), history);
            case RosterGap e -> new CaseView(v.requestNumber(), v.caseType(), v.district(), v.status(), e.tier(),
                    v.holder(), v.dueAt(), v.nextTierDueAt(), history);
            case EscalationCaseStopped e -> new CaseView(v.requestNumber(), v.caseType(), v.district(), CaseStatus.STOPPED,
                    v.tier(), v.holder(), v.dueAt(), null, history);
            case EscalationClockPaused e -> new CaseView(v.requestNumber(), v.caseType(), v.district(), CaseStatus.PAUSED,
                    v.tier(), v.holder(), v.dueAt(), null, history);
            case EscalationClockResumed e -> new CaseView(v.requestNumber(), v.caseType(), v.district(), CaseStatus.OPEN,
                    v.tier(), v.holder(), e.dueAt(), e.nextTierDueAt(), history);
            case EscalationCaseRestarted e -> new CaseView(v.requestNumber(), v.caseType(), v.district(), CaseStatus.OPEN, 0,
                    new Holder(OfficerRole.CUSTOMER_RELATIONS_OFFICER, e.holder()), e.dueAt(), e.nextTierDueAt(), history);
        };
    }

    /** Open cases, most overdue first; {@code overdueOnly} keeps those past their due time. */
    public BoardPage board(String district, Integer tier, boolean overdueOnly, int page, int size) {
        String where = " FROM escalation_view WHERE status <> 'STOPPED' AND (CAST(?1 AS varchar) IS NULL OR district = ?1) "
                + "AND (CAST(?2 AS integer) IS NULL OR tier = ?2) AND (NOT ?3 OR (status = 'OPEN' AND due_at < now()))";
        List<?> rows = em.createNativeQuery("SELECT request_number, district, case_type, status, tier, holder_role, "
                        + "holder_id, holder_name, due_at, next_tier_due_at" + where
                        + " ORDER BY due_at, request_number LIMIT ?4 OFFSET ?5")
                .setParameter(1, district).setParameter(2, tier).setParameter(3, overdueOnly)
                .setParameter(4, size).setParameter(5, page * size)
                .getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*)" + where)
                .setParameter(1, district).setParameter(2, tier).setParameter(3, overdueOnly)
                .getSingleResult()).longValue();
        List<BoardRow> items = rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new BoardRow((String) c[0], (String) c[1], (String) c[2], (String) c[3], ((Number) c[4]).intValue(),
                    (String) c[5], (String) c[6], (String) c[7], instant(c[8]), instant(c[9]));
        }).toList();
        return new BoardPage(items, page, size, total);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case Timestamp t -> t.toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalStateException("unexpected time type " + value.getClass());
        };
    }
}
