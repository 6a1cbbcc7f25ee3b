package com.discomcare.complaint.directory;

import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.escalation.Officer;
import com.discomcare.kit.logging.PhoneNumbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registration's consumer details checked against the consumer directory: what the agent left out is filled in
 * from it, what differs from it is noted (the agent's word stands: they are speaking with the consumer, and the
 * directory may lag), and an unknown consumer number is noted too.
 */
public final class ConsumerCheck {

    /**
     * The details to register with, and what the answer tells the agent about the consumer.
     *
     * @param consumerKnown       whether the directory knows the consumer number; null when none was given
     * @param notes               what was filled in, what differs, or that the number is unknown
     * @param relationshipManager a large or industrial consumer's relationship manager, from the directory
     */
    public record Result(String name, String phone, AreaType areaType, String district, Boolean consumerKnown,
                         List<String> notes, Officer relationshipManager) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private ConsumerCheck() {
    }

    /** {@code phone} is 10 digits (without +91), as the directory keeps it. */
    public static Result check(String consumerNumber, String name, String phone, AreaType areaType, String district,
                               Optional<DirectoryEntry> known) {
        if (consumerNumber == null) {
            return new Result(name, phone, areaType, district, null, List.of(), null);
        }
        if (known.isEmpty()) {
            return new Result(name, phone, areaType, district, false, List.of("consumer number " + consumerNumber
                    + " is not in the consumer directory (yet): registered with the details given"), null);
        }
        DirectoryEntry entry = known.get();
        List<String> filled = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String finalName = pick("name", name, entry.name(), entry.name(), filled, notes);
        String finalPhone = pick("phone", phone, entry.phone(), PhoneNumbers.masked(entry.phone()), filled, notes);
        String finalDistrict = pick("district", district, entry.district(), entry.district(), filled, notes);
        AreaType directoryArea = complaintAreaOf(entry.areaType());
        AreaType finalArea = areaType;
        if (areaType == null) {
            finalArea = directoryArea;
            filled.add("areaType");
        } else if (areaType != directoryArea) {
            notes.add("areaType differs from the consumer directory's " + directoryArea + " (" + entry.areaType() + ")");
        }
        if (!filled.isEmpty()) {
            notes.addFirst("filled in from the consumer directory: " + String.join(", ", filled));
        }
        return new Result(finalName, finalPhone, finalArea, finalDistrict, true, notes, entry.relationshipManager());
    }

    /** Complaint time limits know urban and rural; the Rules' metro and municipal areas are urban, hilly ones rural. */
    static AreaType complaintAreaOf(ConnectionAreaType areaType) {
        return switch (areaType) {
            case METRO, MUNICIPAL -> AreaType.URBAN;
            case RURAL, HILLY -> AreaType.RURAL;
        };
    }

    private static String pick(String field, String given, String inDirectory, String shown, List<String> filled,
                               List<String> notes) {
        if (given == null || given.isBlank()) {
            filled.add(field);
            return inDirectory;
        }
        if (!Objects.equals(given.strip(), inDirectory)) {
            notes.add(field + " differs from the consumer directory's " + shown);
        }
        return given;
    }
}
