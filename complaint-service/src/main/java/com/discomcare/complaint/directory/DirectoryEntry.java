package com.discomcare.complaint.directory;

import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;
import com.discomcare.contracts.escalation.Officer;

import java.math.BigDecimal;

/**
 * A consumer as the directory knows them. {@code relationshipManager} is named for large (above 100 kW) and
 * industrial consumers, else null.
 */
public record DirectoryEntry(String consumerNumber, String name, String phone, String district,
                             ConnectionAreaType areaType, ConnectionCategory category, BigDecimal load,
                             LoadUnit loadUnit, Officer relationshipManager) {
}
