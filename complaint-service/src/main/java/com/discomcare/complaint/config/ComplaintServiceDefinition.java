package com.discomcare.complaint.config;

import com.discomcare.complaint.consumer.ConnectionEventsHandler;
import com.discomcare.complaint.consumer.EscalationEventsHandler;
import com.discomcare.complaint.directory.ConsumerDirectorySeed;
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
 * index kept in the command's transaction, the read model, complaints.v1 published, escalations.v1 consumed, and
 * the consumer directory kept from connections.v1 (with the sample consumers of a local run seeded first).
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
    private final ConnectionEventsHandler connectionEvents;
    private final ConsumerDirectorySeed directorySeed;

    @Inject
    public ComplaintServiceDefinition(ComplaintPolicy policy, ComplaintProjection projection,
                                      OpenComplaintIndex openComplaintIndex, EscalationEventsHandler escalationEvents,
                                      ConnectionEventsHandler connectionEvents, ConsumerDirectorySeed directorySeed) {
        this.policy = policy;
        this.projection = projection;
        this.openComplaintIndex = openComplaintIndex;
        this.escalationEvents = escalationEvents;
        this.connectionEvents = connectionEvents;
        this.directorySeed = directorySeed;
    }

    @Override
    public void define(ServiceSpec spec) {
        spec.beforeStart(directorySeed::load)
                .aggregate(ComplaintAggregate.class)
                .component(ComplaintPolicy.class, policy)
                .inCommandTransaction(LOOKUP, openComplaintIndex)
                .readModel(PROJECTION, projection)
                .publishes(EventCatalogs.COMPLAINTS, OUTBOX)
                .consumes(escalationEvents)
                .consumes(connectionEvents);
    }
}
