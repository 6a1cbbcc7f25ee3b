package com.discomcare.contracts.complaint;

import java.time.Instant;

/**
 * The public events of a complaint, published on {@code complaints.v1}. Each names who took the step and when
 * ({@code at}): {@code by} is the signed-in actor's id (the roster's id of a person such as {@code CRO-GGN}, the
 * client of a machine caller, or {@code escalation-service} for escalations it records), {@code byName} their
 * display name and {@code byRole} the role under which they took it (e.g. {@code cro}). Events recorded before
 * sign-in existed have no {@code byName} and {@code byRole} (null), and their {@code by} is what the request said.
 */
public sealed interface ComplaintEvent permits ComplaintRegistered, ComplaintRepeated, ComplaintAssigned,
        SiteVisitStarted, ComplaintResolved, ComplaintClosed, ComplaintReopened, FeedbackGiven, ComplaintPaused,
        ComplaintResumed, ComplaintEscalated {

    String requestNumber();

    String by();

    String byName();

    String byRole();

    Instant at();
}
