package com.discomcare.connection.domain;

import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;
import com.discomcare.contracts.connection.SubmittedDocument;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What users ask of an existing consumer's service request. */
public sealed interface ServiceRequestCommand {

    String requestNumber();

    ActedBy by();

    Instant at();

    /** {@code steps} are the request type's, from the checklist data. */
    record RegisterServiceRequest(@TargetAggregateIdentifier String requestNumber, String requestType,
                                  String condition, String consumerNumber, String name, String phone, String district,
                                  ConnectionAreaType areaType, Language language, String details,
                                  ConnectionCategory category, BigDecimal load, LoadUnit loadUnit,
                                  List<SubmittedDocument> documents, List<String> steps, ActedBy by, Instant at)
            implements ServiceRequestCommand {

        public RegisterServiceRequest numbered(String number) {
            return new RegisterServiceRequest(number, requestType, condition, consumerNumber, name, phone, district, areaType,
                    language, details, category, load, loadUnit, documents, steps, by, at);
        }
    }

    record RecordStep(@TargetAggregateIdentifier String requestNumber, String step, String remarks, ActedBy by,
                      Instant at) implements ServiceRequestCommand {
    }

    record CompleteServiceRequest(@TargetAggregateIdentifier String requestNumber, String remarks, ActedBy by,
                                  Instant at) implements ServiceRequestCommand {
    }

    record RejectServiceRequest(@TargetAggregateIdentifier String requestNumber, String reason, ActedBy by,
                                Instant at) implements ServiceRequestCommand {
    }
}
