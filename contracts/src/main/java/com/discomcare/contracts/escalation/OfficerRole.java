package com.discomcare.contracts.escalation;

/** The escalation chain; the ordinal is the tier (0: first owner, 3: the last tier). */
public enum OfficerRole {
    CUSTOMER_RELATIONS_OFFICER, CUSTOMER_SERVICE_MANAGER, DISTRICT_MANAGER, CIRCLE_HEAD;

    public int tier() {
        return ordinal();
    }

    public static OfficerRole ofTier(int tier) {
        return values()[tier];
    }

    public static final int LAST_TIER = 3;
}
