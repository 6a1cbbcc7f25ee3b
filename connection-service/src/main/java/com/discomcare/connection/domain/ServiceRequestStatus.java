package com.discomcare.connection.domain;

public enum ServiceRequestStatus {
    REGISTERED, IN_PROGRESS, COMPLETED, REJECTED;

    public boolean isOpen() {
        return this == REGISTERED || this == IN_PROGRESS;
    }
}
