package com.discomcare.complaint.domain;

import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.complaint.Channel;
import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.complaint.PauseReason;
import com.discomcare.contracts.complaint.ResolutionCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** What users ask of a complaint; each names who asks ({@code by}, from the signed-in user) and when ({@code at}). */
public sealed interface ComplaintCommand {

    String requestNumber();

    ActedBy by();

    Instant at();

    record RegisterComplaint(@TargetAggregateIdentifier String requestNumber, String consumerNumber, String name,
                             String phone, String category, AreaType areaType, String district, String address,
                             String description, Channel channel, Language language, ActedBy by, Instant at)
            implements ComplaintCommand {

        public RegisterComplaint numbered(String number) {
            return new RegisterComplaint(number, consumerNumber, name, phone, category, areaType, district, address,
                    description, channel, language, by, at);
        }
    }

    record RecordRepeatCall(@TargetAggregateIdentifier String requestNumber, String phone, Channel channel,
                            ActedBy by, Instant at) implements ComplaintCommand {
    }

    record AssignComplaint(@TargetAggregateIdentifier String requestNumber, String engineerId, String engineerName,
                           String engineerPhone, ActedBy by, Instant at) implements ComplaintCommand {
    }

    record StartSiteVisit(@TargetAggregateIdentifier String requestNumber, String remarks, ActedBy by, Instant at)
            implements ComplaintCommand {
    }

    record ResolveComplaint(@TargetAggregateIdentifier String requestNumber, ResolutionCode resolutionCode,
                            String remarks, ActedBy by, Instant at) implements ComplaintCommand {
    }

    record CloseComplaint(@TargetAggregateIdentifier String requestNumber, String remarks, ActedBy by, Instant at)
            implements ComplaintCommand {
    }

    record ReopenComplaint(@TargetAggregateIdentifier String requestNumber, String reason, ActedBy by, Instant at)
            implements ComplaintCommand {
    }

    record GiveFeedback(@TargetAggregateIdentifier String requestNumber, int rating, String comment, ActedBy by,
                        Instant at) implements ComplaintCommand {
    }

    record PauseComplaint(@TargetAggregateIdentifier String requestNumber, PauseReason reason, String remarks,
                          ActedBy by, Instant at) implements ComplaintCommand {
    }

    record ResumeComplaint(@TargetAggregateIdentifier String requestNumber, ActedBy by, Instant at)
            implements ComplaintCommand {
    }

    record RecordEscalation(@TargetAggregateIdentifier String requestNumber, int tier, String role, String officerId,
                            String officerName, String officerPhone, String escalationEventId, ActedBy by, Instant at)
            implements ComplaintCommand {
    }
}
