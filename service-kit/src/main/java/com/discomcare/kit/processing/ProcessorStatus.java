package com.discomcare.kit.processing;

import java.time.Instant;

/**
 * Where one tracking processor stands against the head of the event store.
 *
 * @param processor      the processor's name
 * @param position       the global index of the last event it processed (its token; 0 before the first)
 * @param lagEvents      events stored after that position
 * @param lagSeconds     age of the oldest of those events; 0 when caught up
 * @param error          the failure it is retrying on this instance, or null (another instance may own the token)
 * @param nextEvent      the first event after its position: the one it is stuck on when {@code error} is set
 *                       (with batches, the first event of the failing batch); null when caught up
 * @param recordedFailed events it recorded as failed and passed over ({@code projection_failure})
 */
public record ProcessorStatus(String processor, long position, long lagEvents, double lagSeconds, String error,
                              StoredEvent nextEvent, long recordedFailed) {

    public boolean stuck() {
        return error != null;
    }

    /** An event of the store, as an operator looks it up. */
    public record StoredEvent(long globalIndex, String eventId, String type, String aggregateId, Instant storedAt) {

        @Override
        public String toString() {
            return "#" + globalIndex + " " + type + " " + eventId + " of " + aggregateId;
        }
    }
}
