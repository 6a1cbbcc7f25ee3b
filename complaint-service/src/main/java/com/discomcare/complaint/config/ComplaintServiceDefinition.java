package com.discomcare.complaint.config;

import com.discomcare.complaint.consumer.EscalationEventsHandler;
import com.discomcare.complaint.domain.ComplaintAggregate;
import com.discomcare.complaint.policy.ComplaintPolicy;
import com.discomcare.complaint.projection.ComplaintProjection;
import com.discomcare.complaint.projection.OpenComplaintIndex;
import com.discomcare.contracts.EventCatalogs;
import com.discomcare.kit.runtime.ServiceDefinition;
import com.discomcare.kit.runtime.ServiceSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * complaint-service on the kit runtime: the Complaint aggregate checked against the policy, the open-complaint
 * index kept in the command's transaction, the read model, complaints.v1 published, escalations.v1 consumed.
 */
@ApplicationScoped
public class ComplaintServiceDefinition implements ServiceDefinition {

    // Processor names are the keys of their tokens in tokenentry: renaming one replays it from the start.
    public static final String PROJECTION = "complaint-projection";
    public static final String OUTBOX = "complaint-outbox";
    public static final String LOOKUP = "complaint-lookup";

    private final ComplaintPolicy policy;
    private final ComplaintProjection projection;
    private final OpenComplaintIndex openComplaintIndex;
    private final EscalationEventsHandler escalationEvents;

    @Inject
    public ComplaintServiceDefinition(ComplaintPolicy policy, ComplaintProjection projection,
                                      OpenComplaintIndex openComplaintIndex, EscalationEventsHandler escalationEvents) {
        this.policy = policy;
        this.projection = projection;
        this.openComplaintIndex = openComplaintIndex;
        this.escalationEvents = escalationEvents;
    }

    @Override
    public void define(ServiceSpec spec) {
        spec.aggregate(ComplaintAggregate.class)
                .component(ComplaintPolicy.class, policy)
                .inCommandTransaction(LOOKUP, openComplaintIndex)
                .readModel(PROJECTION, projection)
                .publishes(EventCatalogs.COMPLAINTS, OUTBOX)
                .consumes(escalationEvents);
    }
}
