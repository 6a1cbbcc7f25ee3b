package com.discomcare.escalation.domain;

import java.time.Instant;

/**
 * What this service has taken in of the complaints' events. A tier is raised only once every complaint event
 * published before it fell due has been applied here: a resolution made just before may still be on its way (the
 * consumer may be behind after a restart, a rebalance or a burst of registrations).
 */
public interface ComplaintFeed {

    /** True if every complaint event published before {@code time} has been applied to its case. */
    boolean takenInUntil(Instant time);
}
