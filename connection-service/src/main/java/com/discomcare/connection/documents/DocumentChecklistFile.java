package com.discomcare.connection.documents;

import com.discomcare.contracts.connection.ApplicantType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.kit.json.DataFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a document checklist file; without one, the built-in {@value #DEFAULT_RESOURCE}, which holds the DHBVN
 * checklist of docs/domain.md, "Documents for a new connection". Every mistake in the file is reported at once.
 */
public final class DocumentChecklistFile {

    public static final String DEFAULT_RESOURCE = "connection-documents.json";

    record TypeEntry(String code, String description) {
    }

    record SlotEntry(String code, String description, List<String> accepts) {
    }

    record RequirementEntry(List<String> categories, List<String> applicantTypes, List<String> slots) {
    }

    record StepEntry(String code, String description) {
    }

    record ServiceRequestEntry(String type, String description, List<String> slots, List<String> steps) {
    }

    record ChecklistDocument(List<TypeEntry> documentTypes, List<SlotEntry> slots,
                             List<RequirementEntry> newConnection, List<StepEntry> steps,
                             List<ServiceRequestEntry> serviceRequests) {
    }

    private static final DataFile<ChecklistDocument> FILE = DataFile.named("document checklist",
            ChecklistDocument.class);

    private DocumentChecklistFile() {
    }

    public static DocumentChecklist load(Path file) {
        return FILE.read(file, DocumentChecklistFile::build);
    }

    public static DocumentChecklist loadDefault() {
        return FILE.readResource(DEFAULT_RESOURCE, DocumentChecklistFile::build);
    }

    private static DocumentChecklist build(ChecklistDocument document, String source) {
        List<String> problems = new ArrayList<>();

        var types = new LinkedHashMap<String, DocumentType>();
        for (TypeEntry entry : listOf(document.documentTypes())) {
            if (entry == null || blank(entry.code())) {
                problems.add("a document type without a code");
            } else if (types.put(entry.code(), new DocumentType(entry.code(), entry.description())) != null) {
                problems.add("document type " + entry.code() + " appears twice");
            }
        }
        if (types.isEmpty()) {
            problems.add("no document types");
        }

        var slots = new LinkedHashMap<String, Slot>();
        for (SlotEntry entry : listOf(document.slots())) {
            if (entry == null || blank(entry.code())) {
                problems.add("a slot without a code");
                continue;
            }
            String where = "slot " + entry.code();
            if (listOf(entry.accepts()).isEmpty()) {
                problems.add(where + " accepts no document type");
            }
            listOf(entry.accepts()).stream().filter(type -> !types.containsKey(type))
                    .forEach(type -> problems.add(where + " accepts unknown document type " + type));
            if (slots.put(entry.code(), new Slot(entry.code(), entry.description(), listOf(entry.accepts()))) != null) {
                problems.add(where + " appears twice");
            }
        }

        var requirements = new ArrayList<DocumentChecklist.Requirement>();
        List<RequirementEntry> requirementEntries = listOf(document.newConnection());
        for (int i = 0; i < requirementEntries.size(); i++) {
            RequirementEntry entry = requirementEntries.get(i);
            String where = "newConnection[" + i + "]";
            if (entry == null) {
                problems.add(where + " is empty");
                continue;
            }
            Set<ConnectionCategory> categories = enums(ConnectionCategory.class, entry.categories(),
                    where + " category", problems);
            Set<ApplicantType> applicantTypes = enums(ApplicantType.class, entry.applicantTypes(),
                    where + " applicant type", problems);
            List<Slot> required = slotsOf(entry.slots(), slots, where, problems);
            if (listOf(entry.slots()).isEmpty()) {
                problems.add(where + " names no slot");
            }
            requirements.add(new DocumentChecklist.Requirement(categories, applicantTypes, required));
        }

        var steps = new LinkedHashMap<String, Step>();
        for (StepEntry entry : listOf(document.steps())) {
            if (entry == null || blank(entry.code())) {
                problems.add("a step without a code");
            } else if (steps.put(entry.code(), new Step(entry.code(), entry.description())) != null) {
                problems.add("step " + entry.code() + " appears twice");
            }
        }

        var serviceRequests = new LinkedHashMap<String, ServiceRequestRequirement>();
        for (ServiceRequestEntry entry : listOf(document.serviceRequests())) {
            if (entry == null || blank(entry.type())) {
                problems.add("a service request without a type");
                continue;
            }
            String where = "service request " + entry.type();
            List<Slot> required = slotsOf(entry.slots(), slots, where, problems);
            var requestSteps = new ArrayList<Step>();
            for (String code : listOf(entry.steps())) {
                Step step = steps.get(code);
                if (step == null) {
                    problems.add(where + " names unknown step " + code);
                } else if (requestSteps.contains(step)) {
                    problems.add(where + " names step " + code + " twice");
                } else {
                    requestSteps.add(step);
                }
            }
            if (serviceRequests.put(entry.type(), new ServiceRequestRequirement(entry.type(), entry.description(),
                    required, requestSteps)) != null) {
                problems.add(where + " appears twice");
            }
        }

        if (problems.isEmpty()) {
            var checklist = new DocumentChecklist(List.copyOf(types.values()), requirements,
                    List.copyOf(serviceRequests.values()));
            for (ConnectionCategory category : ConnectionCategory.values()) {
                for (ApplicantType applicantType : ApplicantType.values()) {
                    if (checklist.requiredFor(category, applicantType).isEmpty()) {
                        problems.add("no slot is required for category " + category + " and applicant type "
                                + applicantType);
                    }
                }
            }
            if (problems.isEmpty()) {
                return checklist;
            }
        }
        throw new IllegalArgumentException(FILE.invalidMessage(source, String.join("; ", problems)));
    }

    private static List<Slot> slotsOf(List<String> codes, Map<String, Slot> slots, String where, List<String> problems) {
        var found = new ArrayList<Slot>();
        for (String code : listOf(codes)) {
            Slot slot = slots.get(code);
            if (slot == null) {
                problems.add(where + " names unknown slot " + code);
            } else if (found.contains(slot)) {
                problems.add(where + " names slot " + code + " twice");
            } else {
                found.add(slot);
            }
        }
        return found;
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names, String where,
                                                    List<String> problems) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : listOf(names)) {
            try {
                values.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(where + " " + name + " is not one of " + EnumSet.allOf(type));
            }
        }
        return values;
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
