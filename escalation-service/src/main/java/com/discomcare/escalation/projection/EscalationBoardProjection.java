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
import com.discomcare.kit.jdbc.Sql;
import com.discomcare.kit.text.Text;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

import java.util.Arrays;

/**
 * The overdue board's read model (table escalation_view). Each update names the event's sequence number, so a
 * redelivered event changes nothing. Nullable times are cast, since a null parameter carries no SQL type. Text
 * from other services (district, case type, officers) is stored {@linkplain Text#clean cleaned}, so that
 * a NUL or another control character in an event cannot stop the board.
 */
@Singleton
public class EscalationBoardProjection {

    private static final String CRO = OfficerRole.CUSTOMER_RELATIONS_OFFICER.name();

    private final Sql sql;

    @Inject
    public EscalationBoardProjection(Sql sql) {
        this.sql = sql;
    }

    @EventHandler
    void on(EscalationEvent event, @SequenceNumber long sequence) {
        switch (event) {
            case EscalationCaseOpened e -> sql.update("INSERT INTO escalation_view (request_number, district, case_type, "
                            + "status, tier, holder_role, holder_id, holder_name, due_at, next_tier_due_at, updated_at, "
                            + "version) VALUES (?, ?, ?, 'OPEN', 0, ?, ?, ?, ?, CAST(? AS timestamptz), ?, ?) "
                            + "ON CONFLICT (request_number) DO NOTHING",
                    e.requestNumber(), Text.clean(e.district()), Text.clean(e.caseType()), CRO,
                    idOf(e.holder()), nameOf(e.holder()),
                    e.dueAt(), e.nextTierDueAt(), e.at(), sequence);
            case EscalationRaised e -> update(e, sequence, "tier = ?, holder_role = ?, holder_id = ?, holder_name = ?, "
                            + "next_tier_due_at = CAST(? AS timestamptz)",
                    e.tier(), e.role().name(), idOf(e.officer()), nameOf(e.officer()), e.nextTierDueAt());
            case RosterGap e -> update(e, sequence, "tier = ?", e.tier());
            case EscalationCaseStopped e -> update(e, sequence, "status = 'STOPPED', next_tier_due_at = NULL");
            case EscalationClockPaused e -> update(e, sequence, "status = 'PAUSED'");
            case EscalationClockResumed e -> update(e, sequence,
                    "status = 'OPEN', due_at = ?, next_tier_due_at = CAST(? AS timestamptz)", e.dueAt(), e.nextTierDueAt());
            case EscalationCaseRestarted e -> update(e, sequence, "status = 'OPEN', tier = 0, holder_role = ?, "
                            + "holder_id = ?, holder_name = ?, due_at = ?, next_tier_due_at = CAST(? AS timestamptz)",
                    CRO, idOf(e.holder()), nameOf(e.holder()), e.dueAt(), e.nextTierDueAt());
        }
    }

    /** {@code assignments} with its parameters, then the event's time and sequence, for the case's row. */
    private void update(EscalationEvent event, long sequence, String assignments, Object... values) {
        Object[] parameters = Arrays.copyOf(values, values.length + 4);
        parameters[values.length] = event.at();
        parameters[values.length + 1] = sequence;
        parameters[values.length + 2] = event.requestNumber();
        parameters[values.length + 3] = sequence;
        sql.update("UPDATE escalation_view SET " + assignments + ", updated_at = ?, version = ? "
                + "WHERE request_number = ? AND version < ?", parameters);
    }

    private static String idOf(Officer officer) {
        return officer == null ? null : Text.clean(officer.id());
    }

    private static String nameOf(Officer officer) {
        return officer == null ? null : Text.clean(officer.name());
    }
}
