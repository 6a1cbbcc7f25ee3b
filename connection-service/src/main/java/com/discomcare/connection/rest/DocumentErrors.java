package com.discomcare.connection.rest;

import com.discomcare.connection.documents.DocumentCheck;
import com.discomcare.connection.documents.NotAcceptedDocument;
import com.discomcare.connection.documents.Slot;
import com.discomcare.kit.rest.Problem;

import java.util.List;

/** A document check as the field errors of a 400: each missing slot, then each document not accepted. */
final class DocumentErrors {

    private DocumentErrors() {
    }

    static void add(DocumentCheck check, List<Problem.FieldError> errors) {
        for (Slot slot : check.missing()) {
            errors.add(new Problem.FieldError("documents", slot.missingMessage()));
        }
        for (NotAcceptedDocument document : check.notAccepted()) {
            errors.add(new Problem.FieldError("documents[" + document.index() + "].type", document.reason()));
        }
    }
}
