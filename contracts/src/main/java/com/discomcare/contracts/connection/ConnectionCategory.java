package com.discomcare.contracts.connection;

/**
 * The tariff category of a connection. A temporary connection is an application of request type
 * {@code TEMPORARY_CONNECTION} in the category whose charges it pays four times.
 */
public enum ConnectionCategory {
    DS, NDS, LT_INDUSTRIAL, HT, BULK, AGRICULTURE, STREET_LIGHT
}
