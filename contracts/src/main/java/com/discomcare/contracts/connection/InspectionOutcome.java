package com.discomcare.contracts.connection;

/** What the field engineer found at the site. */
public enum InspectionOutcome {
    /** The existing network can supply the load. */
    FEASIBLE,
    /** The network must be extended first, which switches the time limit. */
    NEEDS_EXTENSION,
    /** The connection cannot be given; the application is rejected with the reason. */
    NOT_FEASIBLE
}
