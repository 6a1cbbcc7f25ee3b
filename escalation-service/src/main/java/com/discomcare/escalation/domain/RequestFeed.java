package com.discomcare.escalation.domain;

import java.time.Instant;

/**
 * What this service has taken in of the events of the requests it escalates (complaints.v1 and connections.v1). A
 * tier is raised only once every such event published before it fell due has been applied here: a resolution,
 * release or pause made just before may still be on its way (the consumer may be behind after a restart, a
 * rebalance or a burst of registrations).
 */
public interface RequestFeed {

    /** True if every request event published before {@code time} has been applied to its case. */
    boolean takenInUntil(Instant time);
}
