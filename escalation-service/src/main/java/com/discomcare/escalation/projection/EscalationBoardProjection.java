package com.discomcare.escalation.projection;

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
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The overdue board's read model (table escalation_view). Each update names the event's sequence number, so a
 * redelivered event changes nothing. Nullable times are cast, since a null parameter carries no SQL type.
 */
@Singleton
public class EscalationBoardProjection {

    private final EntityManager em;

    @Inject
    public EscalationBoardProjection(EntityManager em) {
        this.em = em;
    }

    @EventHandler
    void on(EscalationEvent event, @SequenceNumber long sequence) {
        switch (event) {
            case EscalationCaseOpened e -> em.createNativeQuery("INSERT INTO escalation_view (request_number, district, "
                            + "case_type, status, tier, holder_role, holder_id, holder_name, due_at, next_tier_due_at, "
                            + "updated_at, version) VALUES (?1, ?2, ?3, 'OPEN', 0, ?4, ?5, ?6, ?7, CAST(?8 AS timestamptz), ?9, ?10) "
                            + "ON CONFLICT (request_number) DO NOTHING")
                    .setParameter(1, e.requestNumber()).setParameter(2, e.district()).setParameter(3, e.caseType())
                    .setParameter(4, OfficerRole.CUSTOMER_RELATIONS_OFFICER.name())
                    .setParameter(5, idOf(e.holder())).setParameter(6, nameOf(e.holder()))
                    .setParameter(7, time(e.dueAt())).setParameter(8, time(e.nextTierDueAt()))
                    .setParameter(9, time(e.at())).setParameter(10, sequence)
                    .executeUpdate();
            case EscalationRaised e -> update(e, sequence, "tier = " + e.tier() + ", holder_role = '" + e.role().name()
                    + "', holder_id = ?3, holder_name = ?4, next_tier_due_at = CAST(?5 AS timestamptz)", idOf(e.officer()), nameOf(e.officer()),
                    time(e.nextTierDueAt()));
            case RosterGap e -> update(e, sequence, "tier = " + e.tier());
            case EscalationCaseStopped e -> update(e, sequence, "status = 'STOPPED', next_tier_due_at = NULL");
            case EscalationClockPaused e -> update(e, sequence, "status = 'PAUSED'");
            case EscalationClockResumed e -> update(e, sequence, "status = 'OPEN', due_at = ?3, next_tier_due_at = CAST(?4 AS timestamptz)",
                    time(e.dueAt()), time(e.nextTierDueAt()));
            case EscalationCaseRestarted e -> update(e, sequence, "status = 'OPEN', tier = 0, holder_role = '"
                    + OfficerRole.CUSTOMER_RELATIONS_OFFICER.name() + "', holder_id = ?3, holder_name = ?4, "
                    + "due_at = ?5, next_tier_due_at = CAST(?6 AS timestamptz)", idOf(e.holder()), nameOf(e.holder()), time(e.dueAt()),
                    time(e.nextTierDueAt()));
        }
    }

    private void update(EscalationEvent event, long sequence, String assignments, Object... values) {
        var query = em.createNativeQuery("UPDATE escalation_view SET " + assignments + ", updated_at = ?1, version = ?2 "
                        + "WHERE request_number = ?" + (values.length + 3) + " AND version < ?2")
                .setParameter(1, time(event.at()))
                .setParameter(2, sequence);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 3, values[i]);
        }
        query.setParameter(values.length + 3, event.requestNumber()).executeUpdate();
    }

    private static String idOf(Officer officer) {
        return officer == null ? null : officer.id();
    }

    private static String nameOf(Officer officer) {
        return officer == null ? null : officer.name();
    }

    private static Timestamp time(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
