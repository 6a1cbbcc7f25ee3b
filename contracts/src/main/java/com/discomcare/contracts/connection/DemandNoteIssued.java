package com.discomcare.contracts.connection;

import java.time.Instant;
import java.util.List;

/**
 * The applicant was told what to pay. The utility's clock stops until the demand note is paid in full
 * ({@link PaymentReceived} with a {@code dueAt}).
 *
 * @param charges       the itemised charges
 * @param tariffVersion the version of the charges in force on the demand note's date
 * @param amountDue     the sum of the charges, whole rupees
 * @param instalments   how the amount may be paid, in order: one amount, or for an HT deposit two (a third of the
 *                      deposit with the other charges first, the rest second); they add up to {@code amountDue}
 */
public record DemandNoteIssued(
        String requestNumber,
        List<ChargeItem> charges,
        String tariffVersion,
        long amountDue,
        List<Long> instalments,
        String by,
        String byName,
        String byRole,
        Instant at) implements ConnectionEvent {
}
