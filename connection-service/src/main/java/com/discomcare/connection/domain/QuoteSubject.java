package com.discomcare.connection.domain;

import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;

import java.math.BigDecimal;

/** What a new connection's charges depend on. */
public record QuoteSubject(ConnectionCategory category, boolean temporary, BigDecimal load, LoadUnit loadUnit,
                           int phases, boolean authorisedArea, int premisesSqYd) {
}
