package com.discomcare.contracts.connection;

/** The area types of the Electricity (Rights of Consumers) Rules, which set the time limit of a connection. */
public enum ConnectionAreaType {
    METRO, MUNICIPAL, RURAL, HILLY
}
