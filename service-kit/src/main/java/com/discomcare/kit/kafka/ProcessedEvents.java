package com.discomcare.kit.kafka;

import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** The record of events a consumer group has applied, written in the same transaction as their effects. */
interface ProcessedEvents {

    /**
     * Records the events as processed by the group and returns those that were not recorded before (the ones to
     * apply now). Must run inside the transaction of their effects.
     */
    Set<UUID> recordNew(Collection<UUID> eventIds) throws SQLException;
}
