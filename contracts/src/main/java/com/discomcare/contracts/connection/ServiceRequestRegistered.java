package com.discomcare.contracts.connection;

import com.discomcare.contracts.complaint.Language;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An existing consumer's request (reconnection, change of name, load or category, shifting, ...) got its number
 * and due time; its clock starts.
 *
 * @param requestType a code of the time-limit policy, e.g. {@code RECONNECTION}, {@code NAME_CHANGE}
 * @param condition   the case of the request type whose limit applies, e.g. {@code DISCONNECTED_UNDER_6_MONTHS} for a
 *                    reconnection; null for a type whose limits tell no cases apart
 * @param details     what the consumer asks for, in words
 * @param category    the category the request is about (the new one of a category change); null when none
 * @param load        the load the request is about (the new load of a load change, a temporary connection's load,
 *                    which sets its time limit); null when none
 * @param steps       the steps this request type goes through before completion, in order
 * @param stage       the time-limit stage that {@code dueAt} is the limit of
 */
public record ServiceRequestRegistered(
        String requestNumber,
        String requestType,
        String condition,
        String consumerNumber,
        String name,
        String phone,
        String district,
        ConnectionAreaType areaType,
        Language language,
        String details,
        ConnectionCategory category,
        BigDecimal load,
        LoadUnit loadUnit,
        List<SubmittedDocument> documents,
        List<String> steps,
        String stage,
        Instant dueAt,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
