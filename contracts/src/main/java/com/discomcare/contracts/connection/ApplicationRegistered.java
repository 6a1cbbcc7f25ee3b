package com.discomcare.contracts.connection;

import com.discomcare.contracts.complaint.Language;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A complete application for a connection got its application number and due time; its clock starts.
 *
 * @param requestType {@code NEW_CONNECTION} or {@code TEMPORARY_CONNECTION} (a code of the time-limit policy)
 * @param stage       the time-limit stage that {@code dueAt} is the limit of, e.g. {@code DEMAND_NOTE}
 */
public record ApplicationRegistered(
        String requestNumber,
        String requestType,
        ApplicantType applicantType,
        String name,
        ConnectionCategory category,
        BigDecimal load,
        LoadUnit loadUnit,
        int phases,
        ConnectionAreaType areaType,
        String district,
        String address,
        int premisesSqYd,
        boolean authorisedArea,
        String phone,
        Language language,
        List<SubmittedDocument> documents,
        String stage,
        Instant dueAt,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
