package com.discomcare.contracts.connection;

/**
 * A document the applicant submitted; the file itself is kept elsewhere.
 *
 * @param type            the document type from the checklist, e.g. {@code VOTER_CARD}
 * @param referenceNumber the number on the document
 * @param issuedBy        the issuing authority
 */
public record SubmittedDocument(String type, String referenceNumber, String issuedBy) {
}
