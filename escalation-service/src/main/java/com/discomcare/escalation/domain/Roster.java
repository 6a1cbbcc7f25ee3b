package com.discomcare.escalation.domain;

import com.discomcare.contracts.escalation.Officer;
import com.discomcare.contracts.escalation.OfficerRole;

import java.util.Optional;

/** Who holds each role: CRO, CSM and DM per district, the circle head per circle. */
public interface Roster {

    Optional<Officer> officer(String district, OfficerRole role);
}
