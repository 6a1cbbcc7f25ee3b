package com.discomcare.connection.documents;

/** A kind of document an applicant can hand in, e.g. {@code VOTER_CARD}. */
public record DocumentType(String code, String description) {
}
