package com.discomcare.complaint.domain;

import java.util.Objects;

/**
 * Who takes a step, as the events record it: the signed-in user's id (the roster's id, or a machine caller's
 * client), name and the role they act in; for an escalation recorded from escalations.v1, that service.
 */
public record ActedBy(String id, String name, String role) {

    public static final ActedBy ESCALATION_SERVICE = new ActedBy("escalation-service", "escalation-service", null);

    public ActedBy {
        Objects.requireNonNull(id, "id");
    }
}
