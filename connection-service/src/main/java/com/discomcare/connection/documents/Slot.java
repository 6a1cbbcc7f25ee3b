package com.discomcare.connection.documents;

import java.util.List;

/**
 * One line of a checklist, filled by a document of any of the types it accepts (identity proof: a ration card,
 * voter card, PAN card or driving licence).
 */
public record Slot(String code, String description, List<String> accepts) {

    public Slot {
        accepts = List.copyOf(accepts);
    }

    public boolean accepts(String documentType) {
        return documentType != null && accepts.contains(documentType);
    }

    /** How a deficiency notice or a 400 names what is missing. */
    public String missingMessage() {
        return description + " (" + code + ") is missing: hand in one of " + String.join(", ", accepts);
    }
}
