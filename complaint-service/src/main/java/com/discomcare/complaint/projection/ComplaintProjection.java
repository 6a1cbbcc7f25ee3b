package com.discomcare.complaint.projection;

import com.discomcare.complaint.domain.Complaint;
import com.discomcare.complaint.repository.ComplaintRecord;
import com.discomcare.contracts.complaint.ComplaintEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * The read model behind lookups and lists. Folds each event into the stored complaint with the same
 * {@link Complaint#evolve} the aggregate uses; an event it has already applied (a redelivery) is skipped.
 */
@Singleton
public class ComplaintProjection {

    private final ObjectMapper json;

    @Inject
    public ComplaintProjection(ObjectMapper json) {
        this.json = json;
    }

    @EventHandler
    void on(ComplaintEvent event, @SequenceNumber long sequence) throws JsonProcessingException {
        ComplaintRecord record = ComplaintRecord.findById(event.requestNumber());
        if (record != null && sequence <= record.version) {
            return;
        }
        Complaint current = record == null ? null : json.readValue(record.document, Complaint.class);
        if ((current == null) != (sequence == 0)) {
            throw new IllegalStateException("complaint " + event.requestNumber() + ": event " + sequence
                    + " arrived before the ones it follows");
        }
        Complaint next = Complaint.evolve(current, event);
        if (record == null) {
            record = new ComplaintRecord();
            record.requestNumber = next.requestNumber();
        }
        record.status = next.status().name();
        record.paused = next.isPaused();
        record.category = next.category();
        record.areaType = next.areaType().name();
        record.district = next.district();
        record.consumerNumber = next.consumerNumber();
        record.phone = next.phone();
        record.name = next.name();
        record.assigneeId = next.assignee() == null ? null : next.assignee().id();
        record.escalationLevel = next.escalationLevel();
        record.dueAt = next.dueAt();
        record.registeredAt = next.registeredAt();
        record.updatedAt = next.updatedAt();
        record.version = next.version();
        record.document = json.writeValueAsString(next);
        record.persist();
    }
}
