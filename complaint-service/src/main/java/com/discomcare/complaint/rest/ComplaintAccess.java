package com.discomcare.complaint.rest;

import com.discomcare.complaint.domain.Complaint;
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
 * Who may do what with a complaint, and where (the README's table "Sign-in and roles"). Each endpoint's
 * {@code @RolesAllowed} names exactly the roles of its rule (ComplaintAccessTest checks it); the rule then
 * narrows them to the caller's districts or assigned complaints.
 */
final class ComplaintAccess {

    /** Registration, reopening and feedback: the consumer's contact with the utility. */
    static final AccessRule CONSUMER_CONTACT = AccessRule.everywhere(AGENT, INTEGRATION).andInTheirDistricts(CRO);
    /** Reading a complaint, its history and lists. */
    static final AccessRule READ = AccessRule.everywhere(AGENT, INTEGRATION, ADMIN)
            .andInTheirDistricts(CRO, CSM, DM, CIRCLE_HEAD).andWhenAssigned(ENGINEER);
    /** Assignment and closure: the district's officers. */
    static final AccessRule MANAGE = AccessRule.onlyInTheirDistricts(CRO, CSM, DM, CIRCLE_HEAD);
    /** Site visit, pause, resume and resolution: the engineer the complaint is assigned to. */
    static final AccessRule FIELD_WORK = AccessRule.onlyWhenAssigned(ENGINEER);

    private ComplaintAccess() {
    }

    /** 403 unless {@code rule} lets the caller act on this complaint. */
    static void require(AccessRule rule, Actor actor, Complaint complaint) {
        rule.require(actor, "complaint " + complaint.requestNumber(), complaint.district(),
                complaint.assignee() == null ? null : complaint.assignee().id());
    }
}
