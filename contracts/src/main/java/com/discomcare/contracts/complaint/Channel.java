package com.discomcare.contracts.complaint;

/** Where the consumer reached the utility. */
public enum Channel {
    CALL_CENTRE, SMS, WEB, APP, WALK_IN
}
