package com.discomcare.contracts.connection;

/**
 * One line of a demand note.
 *
 * @param code        the charge, e.g. {@code CONSUMPTION_DEPOSIT}
 * @param description the line as the applicant reads it, e.g. "Consumption deposit, 5 kW x Rs 500"
 * @param amount      whole rupees
 */
public record ChargeItem(String code, String description, long amount) {
}
