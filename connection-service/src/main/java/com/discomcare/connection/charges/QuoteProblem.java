package com.discomcare.connection.charges;

/** One thing wrong with a quote request, named by the {@link QuoteRequest} field it is about. */
public record QuoteProblem(String field, String message) {
}
