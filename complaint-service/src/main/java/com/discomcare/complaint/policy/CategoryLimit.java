package com.discomcare.complaint.policy;

import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.complaint.ClockType;

/** The time limits of one complaint category, per area type, and the clock they run on. */
public record CategoryLimit(String code, String description, ClockType clock, TimeLimit urban, TimeLimit rural) {

    public TimeLimit limitFor(AreaType areaType) {
        return switch (areaType) {
            case URBAN -> urban;
            case RURAL -> rural;
        };
    }
}
