package com.discomcare.complaint.consumer;

import com.discomcare.contracts.IntegrationEvent;
import com.discomcare.contracts.escalation.EscalationRaised;
import com.discomcare.contracts.escalation.Officer;
import com.discomcare.contracts.escalation.OfficerRole;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** escalations.v1 also carries the cases of applications and service requests, which are no complaint's. */
class EscalationEventsHandlerTest {

    // No complaint is touched for a case that is not a complaint's, so the handler needs no service here.
    private final EscalationEventsHandler handler = new EscalationEventsHandler(null);

    private static IntegrationEvent envelope(EscalationRaised raised) {
        return new IntegrationEvent(UUID.randomUUID(), "EscalationRaised", raised.requestNumber(), 1,
                Instant.now().atOffset(ZoneOffset.UTC), 1, null, null);
    }

    private static EscalationRaised raised(String requestNumber) {
        return new EscalationRaised(requestNumber, 1, OfficerRole.CUSTOMER_SERVICE_MANAGER,
                new Officer("CSM-GGN", "Vikram Yadav", "9810000012"), "Gurugram", Duration.ZERO, null, Instant.now());
    }

    @Test
    void anApplicationsOrServiceRequestsEscalationIsPassedOverQuietly() {
        assertThat(handler.workFor(raised("5260000000015"), envelope(raised("5260000000015")))).isEmpty();
        assertThat(handler.workFor(raised("6260000000012"), envelope(raised("6260000000012")))).isEmpty();
    }

    @Test
    void aComplaintsEscalationIsRecorded() {
        String complaint = com.discomcare.complaint.domain.RequestNumbers.format(2026, 42);
        assertThat(handler.workFor(raised(complaint), envelope(raised(complaint)))).isPresent();
    }
}
