package com.discomcare.connection.documents;

import com.discomcare.contracts.connection.ApplicantType;
import com.discomcare.contracts.connection.ConnectionCategory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which documents a new connection needs per category and applicant type, and which documents and steps each type
 * of service request needs: data read by {@link DocumentChecklistFile}, never a class per case.
 * <p>
 * A new connection's checklist is the union of the slots of every {@linkplain Requirement requirement} that
 * matches its category and applicant type, in the order they first appear. One document fills every slot that
 * accepts its type.
 */
public final class DocumentChecklist {

    /**
     * Slots asked for when the category is one of {@code categories} and the applicant type one of
     * {@code applicantTypes}; an empty set matches every value.
     */
    public record Requirement(Set<ConnectionCategory> categories, Set<ApplicantType> applicantTypes,
                              List<Slot> slots) {

        public Requirement {
            categories = Set.copyOf(categories);
            applicantTypes = Set.copyOf(applicantTypes);
            slots = List.copyOf(slots);
        }

        boolean matches(ConnectionCategory category, ApplicantType applicantType) {
            return (categories.isEmpty() || categories.contains(category))
                    && (applicantTypes.isEmpty() || applicantTypes.contains(applicantType));
        }
    }

    private final Map<String, DocumentType> documentTypes;
    private final List<Requirement> newConnection;
    private final Map<String, ServiceRequestRequirement> serviceRequests;

    public DocumentChecklist(List<DocumentType> documentTypes, List<Requirement> newConnection,
                             List<ServiceRequestRequirement> serviceRequests) {
        this.documentTypes = new LinkedHashMap<>();
        documentTypes.forEach(type -> this.documentTypes.put(type.code(), type));
        this.newConnection = List.copyOf(newConnection);
        this.serviceRequests = new LinkedHashMap<>();
        serviceRequests.forEach(request -> this.serviceRequests.put(request.type(), request));
    }

    public List<DocumentType> documentTypes() {
        return List.copyOf(documentTypes.values());
    }

    public Optional<DocumentType> documentType(String code) {
        return Optional.ofNullable(code).map(documentTypes::get);
    }

    /** The checklist of a new (or temporary) connection: the slots to fill, in order. */
    public List<Slot> requiredFor(ConnectionCategory category, ApplicantType applicantType) {
        var slots = new LinkedHashSet<Slot>();
        newConnection.stream()
                .filter(requirement -> requirement.matches(category, applicantType))
                .forEach(requirement -> slots.addAll(requirement.slots()));
        return List.copyOf(slots);
    }

    /** Holds the types of the submitted documents, in the order submitted, against the connection's checklist. */
    public DocumentCheck checkApplication(ConnectionCategory category, ApplicantType applicantType,
                                          List<String> submittedTypes) {
        return check(requiredFor(category, applicantType), submittedTypes,
                "category " + category + " and applicant type " + applicantType);
    }

    public Set<String> serviceRequestTypes() {
        return Set.copyOf(serviceRequests.keySet());
    }

    public Optional<ServiceRequestRequirement> serviceRequest(String type) {
        return Optional.ofNullable(type).map(serviceRequests::get);
    }

    /** Holds the types of the submitted documents against what a service request of {@code type} needs. */
    public DocumentCheck checkServiceRequest(String type, List<String> submittedTypes) {
        ServiceRequestRequirement requirement = serviceRequest(type)
                .orElseThrow(() -> new IllegalArgumentException("unknown service request type " + type));
        return check(requirement.slots(), submittedTypes, "request type " + type);
    }

    private DocumentCheck check(List<Slot> required, List<String> submittedTypes, String what) {
        List<Slot> missing = required.stream()
                .filter(slot -> submittedTypes.stream().noneMatch(slot::accepts))
                .toList();
        var notAccepted = new ArrayList<NotAcceptedDocument>();
        for (int i = 0; i < submittedTypes.size(); i++) {
            String type = submittedTypes.get(i);
            if (type == null || type.isBlank()) {
                notAccepted.add(new NotAcceptedDocument(i, type, "a document needs its type"));
            } else if (!documentTypes.containsKey(type)) {
                notAccepted.add(new NotAcceptedDocument(i, type, "'" + type + "' is not a document type"));
            } else if (required.stream().noneMatch(slot -> slot.accepts(type))) {
                notAccepted.add(new NotAcceptedDocument(i, type,
                        type + " is not accepted for " + what + "; the checklist is " + codes(required)));
            }
        }
        return new DocumentCheck(required, missing, notAccepted);
    }

    private static String codes(List<Slot> slots) {
        return slots.isEmpty() ? "empty"
                : String.join(", ", slots.stream().map(Slot::code).toList());
    }
}
