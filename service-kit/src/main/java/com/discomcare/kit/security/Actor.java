package com.discomcare.kit.security;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in caller, as the verified token names them: the id that links a person to the officer roster (for
 * a machine caller, its client), their display name, the role named in events, all their roles, and the districts
 * (a circle head: every district of the circle) and circle they answer for.
 */
public record Actor(String id, String name, String role, Set<String> roles, Set<String> districts, String circle) {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
        districts = Set.copyOf(districts);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the caller answers for {@code district}. */
    public boolean covers(String district) {
        return district != null && districts.contains(district);
    }
}
