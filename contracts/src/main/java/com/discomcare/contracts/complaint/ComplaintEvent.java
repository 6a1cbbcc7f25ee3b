package com.discomcare.contracts.complaint;

import java.time.Instant;

/**
 * The public events of a complaint, published on {@code complaints.v1}. Each names who took the step
 * ({@code by}: an agent, engineer or officer id, or the consumer's phone) and when ({@code at}).
 */
public sealed interface ComplaintEvent permits ComplaintRegistered, ComplaintRepeated, ComplaintAssigned,
        SiteVisitStarted, ComplaintResolved, ComplaintClosed, ComplaintReopened, FeedbackGiven, ComplaintPaused,
        ComplaintResumed, ComplaintEscalated {

    String requestNumber();

    String by();

    Instant at();
}
