package com.discomcare.contracts.escalation;

/**
 * The escalation chain; the ordinal is the tier (0: first owner, 3: the last tier). The relationship manager stands
 * beside the chain: named on the cases of large and industrial consumers, never a tier.
 */
public enum OfficerRole {
    CUSTOMER_RELATIONS_OFFICER, CUSTOMER_SERVICE_MANAGER, DISTRICT_MANAGER, CIRCLE_HEAD, RELATIONSHIP_MANAGER;

    public int tier() {
        if (this == RELATIONSHIP_MANAGER) {
            throw new IllegalStateException("the relationship manager is not a tier of the escalation chain");
        }
        return ordinal();
    }

    public static OfficerRole ofTier(int tier) {
        if (tier < 0 || tier > LAST_TIER) {
            throw new IllegalArgumentException("no escalation tier " + tier);
        }
        return values()[tier];
    }

    public static final int LAST_TIER = 3;
}
