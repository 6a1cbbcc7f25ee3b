package com.discomcare.connection.domain;

import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;

import java.math.BigDecimal;

/**
 * What a time limit depends on: the request type, the case of it ({@code condition}, e.g. whether the network must
 * be extended, or how long a consumer has been disconnected), the connection's category and load (voltage class,
 * a temporary connection's size) and the area type. Condition, category and load may be null where unknown or
 * beside the point.
 */
public record ClockSubject(String requestType, String condition, ConnectionCategory category, BigDecimal load,
                           LoadUnit loadUnit, ConnectionAreaType areaType) {

    /** The conditions of a connection that an inspection finds. */
    public static final String EXISTING_NETWORK = "EXISTING_NETWORK";
    public static final String NETWORK_EXTENSION = "NETWORK_EXTENSION";
}
