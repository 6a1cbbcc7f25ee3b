package com.discomcare.connection.policy;

import java.util.List;

/**
 * A part of a request's life with a time limit of its own.
 *
 * @param startsAt what starts its clock: {@value ConnectionPolicy#REGISTERED} or the code of a step, e.g.
 *                 {@code PAYMENT_RECEIVED}
 * @param limits   its rows, in order; the first that applies wins
 */
public record StagePolicy(String code, String description, String startsAt, List<LimitRow> limits) {

    public StagePolicy {
        limits = List.copyOf(limits);
    }
}
