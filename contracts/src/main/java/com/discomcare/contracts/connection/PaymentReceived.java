package com.discomcare.contracts.connection;

import java.time.Instant;

/**
 * The payment gateway confirmed a payment against the demand note.
 *
 * @param gatewayTransactionId the gateway's id of the payment; a payment is recorded once per id
 * @param amount               whole rupees
 * @param instalment           which instalment of the demand note this was, from 1
 * @param balanceDue           what is still to pay; 0 when the demand note is paid in full
 * @param stage                when paid in full, the stage that runs: the one the payment starts (a new
 *                             connection's {@code RELEASE}), else the one that ran; null before
 * @param dueAt                when paid in full, that stage's due time (the running stage's moved by the wait for
 *                             the payment), and the clock runs again; null before
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
