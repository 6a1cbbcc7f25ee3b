package com.discomcare.connection.documents;

/**
 * A submitted document that fills no slot of the checklist.
 *
 * @param index  its position in the submitted list, from 0, so that an error can name {@code documents[index]}
 * @param type   the type as submitted
 * @param reason why it is not accepted, for the applicant
 */
public record NotAcceptedDocument(int index, String type, String reason) {
}
