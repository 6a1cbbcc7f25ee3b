package com.discomcare.escalation.config;

import com.discomcare.contracts.EventCatalogs;
import com.discomcare.escalation.consumer.ComplaintEventsHandler;
import com.discomcare.escalation.consumer.ConnectionEventsHandler;
import com.discomcare.escalation.consumer.KafkaRequestFeed;
import com.discomcare.escalation.domain.RequestFeed;
import com.discomcare.escalation.domain.EscalationAggregate;
import com.discomcare.escalation.domain.Ladder;
import com.discomcare.escalation.domain.Roster;
import com.discomcare.escalation.projection.EscalationBoardProjection;
import com.discomcare.escalation.roster.RosterSeeder;
import com.discomcare.kit.runtime.ServiceDefinition;
import com.discomcare.kit.runtime.ServiceSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * escalation-service on the kit runtime: the roster seeded before anything reads it, the Escalation aggregate with
 * its ladder, roster, durable timers and the feed that tells how far the request topics have been taken in; the
 * overdue board; escalations.v1 published, complaints.v1 and connections.v1 consumed.
 */
@ApplicationScoped
public class EscalationServiceDefinition implements ServiceDefinition {

    // Processor names are the keys of their tokens in tokenentry: renaming one replays it from the start.
    public static final String BOARD = "escalation-board";
    public static final String OUTBOX = "escalation-outbox";

    private final RosterSeeder rosterSeeder;
    private final Ladder ladder;
    private final Roster roster;
    private final KafkaRequestFeed requestFeed;
    private final EscalationTimers timers;
    private final EscalationBoardProjection board;
    private final ComplaintEventsHandler complaintEvents;
    private final ConnectionEventsHandler connectionEvents;

    @Inject
    public EscalationServiceDefinition(RosterSeeder rosterSeeder, Ladder ladder, Roster roster,
                                       KafkaRequestFeed requestFeed, EscalationTimers timers,
                                       EscalationBoardProjection board, ComplaintEventsHandler complaintEvents,
                                       ConnectionEventsHandler connectionEvents) {
        this.rosterSeeder = rosterSeeder;
        this.ladder = ladder;
        this.roster = roster;
        this.requestFeed = requestFeed;
        this.timers = timers;
        this.board = board;
        this.complaintEvents = complaintEvents;
        this.connectionEvents = connectionEvents;
    }

    @Override
    public void define(ServiceSpec spec) {
        spec.beforeStart(rosterSeeder::seedIfEmpty)
                .aggregate(EscalationAggregate.class)
                .component(Ladder.class, ladder)
                .component(Roster.class, roster)
                .component(RequestFeed.class, requestFeed)
                .axon(timers::register)
                .readModel(BOARD, board)
                .publishes(EventCatalogs.ESCALATIONS, OUTBOX)
                .consumes(complaintEvents)
                .consumes(connectionEvents);
    }
}
