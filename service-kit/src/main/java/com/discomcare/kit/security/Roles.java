package com.discomcare.kit.security;

import java.util.List;

/**
 * The realm roles of the identity provider (realm {@code discom-care}): who may call what. Resources name them in
 * {@code @RolesAllowed}; a step's rules on top of the role (the caller's districts, an engineer's own complaints)
 * are the service's.
 */
public final class Roles {

    /** Call centre: registers, looks up, records feedback, reopens; in every district. */
    public static final String AGENT = "agent";
    /** District customer relations officer: an agent's steps plus assignment and closure, in their district. */
    public static final String CRO = "cro";
    /** Field engineer: site visit, pause and resume, resolution, only on complaints assigned to them. */
    public static final String ENGINEER = "engineer";
    /** Customer service manager, district manager, circle head: see and act in their district or circle. */
    public static final String CSM = "csm";
    public static final String DM = "dm";
    public static final String CIRCLE_HEAD = "circle-head";
    /** Roster, policy and operations (dead letters). */
    public static final String ADMIN = "admin";
    /** Machine callers: the SMS gateway, the payment gateway, other services. */
    public static final String INTEGRATION = "integration";

    /**
     * Every role, in the order that names an actor's role in events when a token carries several: the narrowest
     * duty first.
     */
    public static final List<String> ALL = List.of(ENGINEER, CRO, CSM, DM, CIRCLE_HEAD, AGENT, ADMIN, INTEGRATION);

    private Roles() {
    }
}
