package com.discomcare.connection.domain;

import java.util.Objects;

/** Who takes a step, as the events record it: the signed-in user's id, name and the role they act in. */
public record ActedBy(String id, String name, String role) {

    public ActedBy {
        Objects.requireNonNull(id, "id");
    }
}
