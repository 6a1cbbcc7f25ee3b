package com.discomcare.connection.policy;

import com.discomcare.contracts.connection.ConnectionAreaType;

import java.math.BigDecimal;

/**
 * What a time limit is looked up by. {@code condition}, {@code voltageClass} and {@code load} may be null where the
 * request type's limits do not depend on them; the lookup says when they do.
 *
 * @param requestType  e.g. {@code NEW_CONNECTION}, {@code RECONNECTION}
 * @param stage        e.g. {@code DEMAND_NOTE}, {@code RELEASE}, {@code COMPLETION}
 * @param condition    one of the request type's conditions, e.g. {@code NETWORK_EXTENSION}; null if it has none
 * @param voltageClass see {@link VoltageClass#of}
 * @param areaType     the area type of the Rules
 * @param load         the load in the request's unit (kW, or kVA for HT and temporary connections)
 */
public record DueTimeQuery(String requestType, String stage, String condition, VoltageClass voltageClass,
                           ConnectionAreaType areaType, BigDecimal load) {
}
