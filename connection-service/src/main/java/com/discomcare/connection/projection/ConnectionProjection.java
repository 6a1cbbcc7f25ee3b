package com.discomcare.connection.projection;

import com.discomcare.connection.domain.ConnectionApplication;
import com.discomcare.connection.domain.ServiceRequest;
import com.discomcare.connection.repository.ApplicationRecord;
import com.discomcare.connection.repository.ServiceRequestRecord;
import com.discomcare.contracts.connection.ConnectionEvent;
import com.discomcare.kit.text.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * The read model behind lists. Folds each event into the stored application or service request with the same
 * evolve the aggregates use; an event it has already applied (a redelivery) is skipped. Text is stored
 * {@linkplain Text#clean cleaned}, so an event with a control character cannot stop the read model.
 */
@Singleton
public class ConnectionProjection {

    private final ObjectMapper json;

    @Inject
    public ConnectionProjection(ObjectMapper json) {
        this.json = json;
    }

    @EventHandler
    void on(ConnectionEvent event, @SequenceNumber long sequence) throws JsonProcessingException {
        if (ConnectionApplication.isApplicationEvent(event)) {
            onApplication(event, sequence);
        } else {
            onServiceRequest(event, sequence);
        }
    }

    private void onApplication(ConnectionEvent event, long sequence) throws JsonProcessingException {
        ApplicationRecord record = ApplicationRecord.findById(event.requestNumber());
        if (record != null && sequence <= record.version) {
            return;
        }
        ConnectionApplication current = record == null ? null
                : json.readValue(record.document, ConnectionApplication.class);
        requireInOrder(event, sequence, current == null);
        ConnectionApplication next = ConnectionApplication.evolve(current, event);
        if (record == null) {
            record = new ApplicationRecord();
            record.applicationNumber = next.applicationNumber();
        }
        record.status = next.status().name();
        record.requestType = Text.clean(next.requestType());
        record.category = next.category().name();
        record.district = Text.clean(next.district());
        record.phone = Text.clean(next.phone());
        record.name = Text.clean(next.name());
        record.consumerNumber = next.release() == null ? null : next.release().consumerNumber();
        record.dueAt = next.dueAt();
        record.registeredAt = next.registered().at();
        record.updatedAt = next.updated().at();
        record.version = next.version();
        record.document = Text.cleanJson(json, next);
        // Written now, not at the batch's commit: a failing write is then this event's failure (see the kit's
        // RecordAndSkipFailedEvents), not the whole batch's.
        record.persistAndFlush();
    }

    private void onServiceRequest(ConnectionEvent event, long sequence) throws JsonProcessingException {
        ServiceRequestRecord record = ServiceRequestRecord.findById(event.requestNumber());
        if (record != null && sequence <= record.version) {
            return;
        }
        ServiceRequest current = record == null ? null : json.readValue(record.document, ServiceRequest.class);
        requireInOrder(event, sequence, current == null);
        ServiceRequest next = ServiceRequest.evolve(current, event);
        if (record == null) {
            record = new ServiceRequestRecord();
            record.requestNumber = next.requestNumber();
        }
        record.status = next.status().name();
        record.requestType = Text.clean(next.requestType());
        record.consumerNumber = Text.clean(next.consumerNumber());
        record.district = Text.clean(next.district());
        record.phone = Text.clean(next.phone());
        record.dueAt = next.dueAt();
        record.registeredAt = next.registered().at();
        record.updatedAt = next.updated().at();
        record.version = next.version();
        record.document = Text.cleanJson(json, next);
        record.persistAndFlush();
    }

    private static void requireInOrder(ConnectionEvent event, long sequence, boolean first) {
        if (first != (sequence == 0)) {
            throw new IllegalStateException(event.requestNumber() + ": event " + sequence
                    + " arrived before the ones it follows");
        }
    }
}
