package com.discomcare.kit.security;

import io.quarkus.security.ForbiddenException;

import java.util.Set;
import java.util.TreeSet;

/**
 * Where a role may act, on top of {@code @RolesAllowed} (which only says that it may act at all): roles that act
 * in every district, roles that act only in the districts of their token, and roles that act only on what is
 * assigned to them (an engineer's complaints). A caller with several roles may act where any of them allows.
 * Refusals are {@link ForbiddenException}s whose message says why (403 problem documents).
 */
public record AccessRule(Set<String> everywhereRoles, Set<String> districtRoles, Set<String> assignedRoles) {

    public AccessRule {
        everywhereRoles = Set.copyOf(everywhereRoles);
        districtRoles = Set.copyOf(districtRoles);
        assignedRoles = Set.copyOf(assignedRoles);
    }

    public static AccessRule everywhere(String... roles) {
        return new AccessRule(Set.of(roles), Set.of(), Set.of());
    }

    public static AccessRule onlyInTheirDistricts(String... roles) {
        return new AccessRule(Set.of(), Set.of(roles), Set.of());
    }

    public static AccessRule onlyWhenAssigned(String... roles) {
        return new AccessRule(Set.of(), Set.of(), Set.of(roles));
    }

    public AccessRule andInTheirDistricts(String... roles) {
        return new AccessRule(everywhereRoles, Set.of(roles), assignedRoles);
    }

    public AccessRule andWhenAssigned(String... roles) {
        return new AccessRule(everywhereRoles, districtRoles, Set.of(roles));
    }

    /** Every role this rule lets act somewhere: what the endpoint's {@code @RolesAllowed} should name. */
    public Set<String> roles() {
        Set<String> all = new TreeSet<>(everywhereRoles);
        all.addAll(districtRoles);
        all.addAll(assignedRoles);
        return all;
    }

    /** Whether the caller acts in every district (no need to narrow what they see). */
    public boolean coversEverything(Actor actor) {
        return everywhereRoles.stream().anyMatch(actor::hasRole);
    }

    /** Whether the caller acts in the districts of their token under this rule. */
    public boolean actsInTheirDistricts(Actor actor) {
        return districtRoles.stream().anyMatch(actor::hasRole);
    }

    /** Whether the caller acts on what is assigned to them under this rule. */
    public boolean actsWhenAssigned(Actor actor) {
        return assignedRoles.stream().anyMatch(actor::hasRole);
    }

    /** Whether the caller may act on a thing of {@code district} assigned to {@code assigneeId} (null: nobody). */
    public boolean allows(Actor actor, String district, String assigneeId) {
        return coversEverything(actor)
                || actsInTheirDistricts(actor) && actor.covers(district)
                || actsWhenAssigned(actor) && actor.id().equals(assigneeId);
    }

    /**
     * Throws {@link ForbiddenException} unless the caller may act on {@code what} (e.g. "complaint 260000000429"),
     * which is in {@code district} and assigned to {@code assigneeId}. The message names the caller's own scope,
     * not the thing's district or assignee, which a caller outside it has no business learning.
     */
    public void require(Actor actor, String what, String district, String assigneeId) {
        if (allows(actor, district, assigneeId)) {
            return;
        }
        StringBuilder why = new StringBuilder(what).append(" is outside what ").append(actor.id())
                .append(" may act on:");
        if (actsInTheirDistricts(actor)) {
            why.append(" the districts ").append(new TreeSet<>(actor.districts()));
            if (actsWhenAssigned(actor)) {
                why.append(" and");
            }
        }
        if (actsWhenAssigned(actor)) {
            why.append(" what is assigned to them");
        }
        if (!actsInTheirDistricts(actor) && !actsWhenAssigned(actor)) {
            why.append(" nothing, with the roles ").append(new TreeSet<>(actor.roles()));
        }
        throw new ForbiddenException(why.toString());
    }

    /**
     * Throws {@link ForbiddenException} if a caller acting only in their districts asks for another district's
     * things (e.g. a list filtered by district); {@code district} null asks for none in particular.
     */
    public void requireDistrict(Actor actor, String district) {
        if (district == null || coversEverything(actor) || !actsInTheirDistricts(actor) || actor.covers(district)) {
            return;
        }
        throw new ForbiddenException(district + " is not one of the districts of " + actor.id() + ": "
                + new TreeSet<>(actor.districts()));
    }
}
