package com.discomcare.complaint.projection;

import com.discomcare.complaint.repository.ComplaintKeys;
import com.discomcare.contracts.complaint.ComplaintRegistered;
import com.discomcare.contracts.complaint.ComplaintReopened;
import com.discomcare.contracts.complaint.ComplaintResolved;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;

/**
 * Keeps {@link ComplaintKeys} in step with the events, in the command's own transaction (subscribing processor),
 * so the next registration for the same consumer and category sees it at once.
 */
@Singleton
public class OpenComplaintIndex {

    private final ComplaintKeys keys;

    @Inject
    public OpenComplaintIndex(ComplaintKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(ComplaintRegistered event) {
        if (event.consumerNumber() != null) {
            keys.addOpen(event.requestNumber(), event.consumerNumber(), event.category());
        }
    }

    @EventHandler
    void on(ComplaintResolved event) {
        keys.markOpen(event.requestNumber(), false);
    }

    @EventHandler
    void on(ComplaintReopened event) {
        keys.markOpen(event.requestNumber(), true);
    }
}
