package com.discomcare.connection.policy;

import com.discomcare.contracts.connection.ConnectionAreaType;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

/**
 * One row of a stage's limits: it applies to the conditions, voltage classes and area types it names (an empty set
 * names all) and, with {@code loadUpTo}, only to loads up to that. The first row of a stage that applies wins.
 *
 * @param source where the limit comes from, for people reading the policy and the due-time answer
 */
public record LimitRow(Set<String> conditions, Set<VoltageClass> voltageClasses, Set<ConnectionAreaType> areaTypes,
                       BigDecimal loadUpTo, Duration limit, String source) {

    public LimitRow {
        conditions = Set.copyOf(conditions);
        voltageClasses = Set.copyOf(voltageClasses);
        areaTypes = Set.copyOf(areaTypes);
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a time limit must be positive");
        }
    }
}
