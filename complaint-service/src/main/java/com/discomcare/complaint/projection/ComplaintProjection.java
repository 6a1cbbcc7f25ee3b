package com.discomcare.complaint.projection;

import com.discomcare.complaint.domain.Complaint;
import com.discomcare.complaint.repository.ComplaintRecord;
import com.discomcare.contracts.complaint.ComplaintEvent;
import com.discomcare.kit.text.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * The read model behind lookups and lists. Folds each event into the stored complaint with the same
 * {@link Complaint#evolve} the aggregate uses; an event it has already applied (a redelivery) is skipped.
 * Text is stored {@linkplain Text#clean cleaned}: an event that carries a NUL or another control
 * character (the event store keeps it as sent) must not stop the read model.
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
        record.category = Text.clean(next.category());
        record.areaType = next.areaType().name();
        record.district = Text.clean(next.district());
        record.consumerNumber = Text.clean(next.consumerNumber());
        record.phone = Text.clean(next.phone());
        record.name = Text.clean(next.name());
        record.assigneeId = next.assignee() == null ? null : Text.clean(next.assignee().id());
        record.escalationLevel = next.escalationLevel();
        record.dueAt = next.dueAt();
        record.registeredAt = next.registeredAt();
        record.updatedAt = next.updatedAt();
        record.version = next.version();
        record.document = Text.cleanJson(json, next);
        // Written now, not at the batch's commit: a failing write is then this event's failure (see the kit's
        // RecordAndSkipFailedEvents), not the whole batch's.
        record.persistAndFlush();
    }
}
