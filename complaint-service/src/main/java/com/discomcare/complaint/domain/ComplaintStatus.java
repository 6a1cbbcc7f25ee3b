package com.discomcare.complaint.domain;

public enum ComplaintStatus {
    REGISTERED, ASSIGNED, ON_SITE, RESOLVED, CLOSED, REOPENED;

    /** Still waiting for the fault to be fixed: the regulatory clock runs. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
