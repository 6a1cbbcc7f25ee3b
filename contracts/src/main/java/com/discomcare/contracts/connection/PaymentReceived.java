package com.discomcare.contracts.connection;

import java.time.Instant;

/**
 * The payment gateway confirmed a payment against the demand note.
 *
 * @param gatewayTransactionId the gateway's id of the payment; a payment is recorded once per id
 * @param amount               whole rupees
 * @param instalment           which instalment of the demand note this was, from 1
 * @param balanceDue           what is still to pay; 0 when the demand note is paid in full
 * @param stage                the time-limit stage that starts when paid in full ({@code RELEASE}); null before
 * @param dueAt                when paid in full, the due time of the release and the clock runs again; null before
 */
public record PaymentReceived(
        String requestNumber,
        String gatewayTransactionId,
        long amount,
        int instalment,
        long balanceDue,
        String stage,
        Instant dueAt,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
