package com.discomcare.connection.rest;

import com.discomcare.kit.security.AccessRule;
import com.discomcare.kit.security.Actor;

import static com.discomcare.kit.security.Roles.ADMIN;
import static com.discomcare.kit.security.Roles.AGENT;
import static com.discomcare.kit.security.Roles.CIRCLE_HEAD;
import static com.discomcare.kit.security.Roles.CRO;
import static com.discomcare.kit.security.Roles.CSM;
import static com.discomcare.kit.security.Roles.DM;
import static com.discomcare.kit.security.Roles.ENGINEER;
import static com.discomcare.kit.security.Roles.INTEGRATION;

/**
 * Who may do what with applications and service requests, and where (the service README's table). Each endpoint's
 * {@code @RolesAllowed} names exactly the roles of its rule (ConnectionAccessTest checks it); the rule then narrows
 * them to the caller's districts. Admin acts everywhere.
 */
final class ConnectionAccess {

    /** Registration, resubmission and withdrawal: the applicant's contact with the utility. */
    static final AccessRule CONSUMER_CONTACT = AccessRule.everywhere(AGENT, ADMIN).andInTheirDistricts(CRO);
    /** Reading an application or request, its history and lists. */
    static final AccessRule READ = AccessRule.everywhere(AGENT, INTEGRATION, ADMIN)
            .andInTheirDistricts(CRO, CSM, DM, CIRCLE_HEAD, ENGINEER);
    /** Document verification, deficiency notices and demand notes: the district's office. */
    static final AccessRule OFFICE = AccessRule.everywhere(ADMIN).andInTheirDistricts(CRO, CSM);
    /** Site inspection and readiness for release: the district's field engineers. */
    static final AccessRule FIELD = AccessRule.everywhere(ADMIN).andInTheirDistricts(ENGINEER);
    /** Release, which creates the consumer: an engineer of the district or its office. */
    static final AccessRule RELEASE = AccessRule.everywhere(ADMIN).andInTheirDistricts(ENGINEER, CRO, CSM);
    /** Rejection: the district's officers. */
    static final AccessRule REJECT = AccessRule.everywhere(ADMIN).andInTheirDistricts(CRO, CSM, DM);
    /** The payment gateway's confirmation. */
    static final AccessRule PAYMENT = AccessRule.everywhere(INTEGRATION, ADMIN);
    /** A service request's steps and completion: the district's office and engineers. */
    static final AccessRule SERVICE_WORK = AccessRule.everywhere(ADMIN).andInTheirDistricts(CRO, CSM, ENGINEER);

    private ConnectionAccess() {
    }

    /** 403 unless {@code rule} lets the caller act on {@code what} of {@code district}. */
    static void require(AccessRule rule, Actor actor, String what, String district) {
        rule.require(actor, what, district, null);
    }
}
