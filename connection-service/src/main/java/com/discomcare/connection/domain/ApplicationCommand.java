package com.discomcare.connection.domain;

import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.connection.ApplicantType;
import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.InspectionOutcome;
import com.discomcare.contracts.connection.LoadUnit;
import com.discomcare.contracts.connection.SubmittedDocument;
import com.discomcare.contracts.escalation.Officer;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What users ask of an application; each names who asks ({@code by}, from the token) and when ({@code at}). */
public sealed interface ApplicationCommand {

    String applicationNumber();

    ActedBy by();

    Instant at();

    record RegisterApplication(@TargetAggregateIdentifier String applicationNumber, String requestType,
                               ApplicantType applicantType, String name, ConnectionCategory category, BigDecimal load,
                               LoadUnit loadUnit, int phases, ConnectionAreaType areaType, String district,
                               String address, int premisesSqYd, boolean authorisedArea, String phone,
                               Language language, List<SubmittedDocument> documents, ActedBy by, Instant at)
            implements ApplicationCommand {

        public RegisterApplication numbered(String number) {
            return new RegisterApplication(number, requestType, applicantType, name, category, load, loadUnit, phases,
                    areaType, district, address, premisesSqYd, authorisedArea, phone, language, documents, by, at);
        }
    }

    record VerifyDocuments(@TargetAggregateIdentifier String applicationNumber, String remarks, ActedBy by, Instant at)
            implements ApplicationCommand {
    }

    record NoteDeficiency(@TargetAggregateIdentifier String applicationNumber, List<String> missing, String remarks,
                          ActedBy by, Instant at) implements ApplicationCommand {
    }

    record ResubmitDocuments(@TargetAggregateIdentifier String applicationNumber, List<SubmittedDocument> documents,
                             ActedBy by, Instant at) implements ApplicationCommand {
    }

    record InspectSite(@TargetAggregateIdentifier String applicationNumber, InspectionOutcome outcome, String remarks,
                       ActedBy by, Instant at) implements ApplicationCommand {
    }

    record IssueDemandNote(@TargetAggregateIdentifier String applicationNumber, ActedBy by, Instant at)
            implements ApplicationCommand {
    }

    record ReceivePayment(@TargetAggregateIdentifier String applicationNumber, String gatewayTransactionId,
                          long amount, ActedBy by, Instant at) implements ApplicationCommand {
    }

    record MarkReadyForRelease(@TargetAggregateIdentifier String applicationNumber, String testReportReference,
                               String remarks, ActedBy by, Instant at) implements ApplicationCommand {
    }

    /** {@code consumerNumber} is given by the service (a database sequence), not by the caller. */
    record ReleaseConnection(@TargetAggregateIdentifier String applicationNumber, String consumerNumber,
                             Officer relationshipManager, ActedBy by, Instant at) implements ApplicationCommand {
    }

    record WithdrawApplication(@TargetAggregateIdentifier String applicationNumber, String reason, ActedBy by,
                               Instant at) implements ApplicationCommand {
    }

    record RejectApplication(@TargetAggregateIdentifier String applicationNumber, String reason, ActedBy by,
                             Instant at) implements ApplicationCommand {
    }
}
