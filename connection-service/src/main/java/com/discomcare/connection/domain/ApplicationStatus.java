package com.discomcare.connection.domain;

/** Where an application is; the order of the constants is the order of a straight run. */
public enum ApplicationStatus {
    REGISTERED, DEFICIENT, DOCUMENTS_VERIFIED, SITE_INSPECTED, DEMAND_NOTE_ISSUED, PARTLY_PAID, PAID,
    READY_FOR_RELEASE, RELEASED, WITHDRAWN, REJECTED;

    public boolean isOpen() {
        return this != RELEASED && this != WITHDRAWN && this != REJECTED;
    }
}
