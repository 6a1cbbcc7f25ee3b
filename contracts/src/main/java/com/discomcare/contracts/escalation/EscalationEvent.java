package com.discomcare.contracts.escalation;

import java.time.Instant;

/** The public events of an escalation case (one per complaint), published on {@code escalations.v1}. */
public sealed interface EscalationEvent permits EscalationCaseOpened, EscalationRaised, RosterGap,
        EscalationCaseStopped, EscalationClockPaused, EscalationClockResumed, EscalationCaseRestarted {

    /** The complaint's request number, which is the case id. */
    String requestNumber();

    Instant at();
}
