package com.discomcare.connection.domain;

/** The request types of applications (service requests' types are data: the document checklist's). */
public final class ConnectionRequestTypes {

    public static final String NEW_CONNECTION = "NEW_CONNECTION";
    public static final String TEMPORARY_CONNECTION = "TEMPORARY_CONNECTION";

    private ConnectionRequestTypes() {
    }
}
