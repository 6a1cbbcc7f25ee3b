package com.discomcare.connection.charges;

/**
 * One line of a quote or demand note.
 *
 * @param code        the charge, e.g. {@code CONSUMPTION_DEPOSIT}, {@code METER}
 * @param description the line as the applicant reads it, with its arithmetic, e.g. "Consumption deposit, 5 kW x Rs 500"
 * @param amount      whole rupees
 */
public record QuoteLine(String code, String description, long amount, Payable payable) {
}
