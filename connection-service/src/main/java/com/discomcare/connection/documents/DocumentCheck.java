package com.discomcare.connection.documents;

import java.util.List;
import java.util.stream.Stream;

/**
 * The submitted documents held against a checklist: every slot that no document fills and every document that
 * fills no slot, all at once.
 *
 * @param required    the checklist, in order
 * @param missing     the slots no submitted document fills
 * @param notAccepted the submitted documents whose type no slot of this checklist accepts
 */
public record DocumentCheck(List<Slot> required, List<Slot> missing, List<NotAcceptedDocument> notAccepted) {

    public DocumentCheck {
        required = List.copyOf(required);
        missing = List.copyOf(missing);
        notAccepted = List.copyOf(notAccepted);
    }

    public boolean complete() {
        return missing.isEmpty() && notAccepted.isEmpty();
    }

    /** What a deficiency notice lists: the missing slots' codes, then the not-accepted document types. */
    public List<String> deficiencies() {
        return Stream.concat(missing.stream().map(Slot::code), notAccepted.stream().map(NotAcceptedDocument::type))
                .toList();
    }
}
