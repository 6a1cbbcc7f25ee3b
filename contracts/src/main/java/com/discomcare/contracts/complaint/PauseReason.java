package com.discomcare.contracts.complaint;

/** Why the regulatory clock of a complaint stops for a while. */
public enum PauseReason {
    CONSUMER_NOT_AVAILABLE, ROAD_DIGGING_PERMISSION_AWAITED
}
