package com.discomcare.contracts.connection;

/** Who applies; a tenant and a firm or company need more documents than an individual owner. */
public enum ApplicantType {
    INDIVIDUAL, TENANT, FIRM, COMPANY, AGRICULTURE
}
