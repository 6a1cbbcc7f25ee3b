package com.discomcare.connection.rest;

import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.connection.ApplicantType;
import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.InspectionOutcome;
import com.discomcare.contracts.connection.LoadUnit;
import com.discomcare.contracts.connection.SubmittedDocument;
import com.discomcare.kit.rest.ActorFromToken;
import com.discomcare.kit.rest.FreeText;
import com.discomcare.kit.rest.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * Request bodies of the connection API. None names who takes the step: that is the signed-in user, and a body that
 * still sends {@code by} is refused ({@link ActorFromToken}). Every String is {@code @PlainText} (one line) or
 * {@code @FreeText} (typed text, line breaks allowed).
 */
public final class Requests {

    static final String MOBILE = "^(\\+91)?[6-9][0-9]{9}$";
    static final String CONSUMER_NUMBER = "^[A-Za-z0-9-]{4,20}$";
    static final String CONSUMER_NUMBER_MESSAGE = "must be 4-20 letters, digits or dashes";
    static final String MOBILE_MESSAGE = "must be an Indian mobile number: 10 digits starting with 6-9, optionally after +91";
    static final String CODE = "^[A-Z][A-Z0-9_]{0,39}$";
    static final String CODE_MESSAGE = "must be a code of capital letters, digits and underscores, e.g. VOTER_CARD";

    private Requests() {
    }

    /** Strips the +91 country code: phones are stored and searched as 10 digits. */
    static String normalisePhone(String phone) {
        return phone == null ? null : phone.startsWith("+91") ? phone.substring(3) : phone;
    }

    @Schema(name = "SubmittedDocument", description = "A document handed in; the file itself is kept elsewhere")
    public record Document(
            @Schema(description = "Document type of the checklist", examples = "VOTER_CARD")
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @PlainText String type,
            @Schema(examples = "HR/01/123/456789") @NotBlank @Size(max = 60) @PlainText String referenceNumber,
            @Schema(examples = "Election Commission of India") @NotBlank @Size(max = 100) @PlainText String issuedBy) {

        SubmittedDocument submitted() {
            return new SubmittedDocument(type, referenceNumber.strip(), issuedBy.strip());
        }
    }

    static List<SubmittedDocument> submitted(List<Document> documents) {
        return documents.stream().map(Document::submitted).toList();
    }

    @Schema(name = "RegisterApplicationRequest")
    @ActorFromToken
    public record RegisterApplication(
            @Schema(description = "NEW_CONNECTION (the default) or TEMPORARY_CONNECTION, which pays four times the category's charges",
                    enumeration = {"NEW_CONNECTION", "TEMPORARY_CONNECTION"})
            @Pattern(regexp = "^(NEW_CONNECTION|TEMPORARY_CONNECTION)$", message = "must be NEW_CONNECTION or TEMPORARY_CONNECTION")
            @PlainText String requestType,
            @NotNull ApplicantType applicantType,
            @Schema(examples = "Ramesh Kumar") @NotBlank @Size(max = 100) @PlainText String name,
            @NotNull ConnectionCategory category,
            @Schema(description = "Load applied for, in kW (kVA for HT)", examples = "5")
            @NotNull @DecimalMin(value = "0.1") @DecimalMax(value = "100000") @Digits(integer = 6, fraction = 2)
            BigDecimal load,
            @Schema(description = "KW, or KVA for HT; derived from the category when omitted") LoadUnit loadUnit,
            @Schema(description = "1 or 3", examples = "1") @NotNull @Min(1) @Max(3) Integer phases,
            @NotNull ConnectionAreaType areaType,
            @Schema(examples = "Gurugram") @NotBlank @Size(max = 60) @PlainText String district,
            @Schema(examples = "H.No. 12, Sector 43, Gurugram") @NotBlank @Size(max = 300) @FreeText String address,
            @Schema(description = "Size of the premises in square yards", examples = "120")
            @NotNull @Min(1) @Max(10_000_000) Integer premisesSqYd,
            @Schema(description = "false in an unauthorised area, which pays development charges") @NotNull Boolean authorisedArea,
            @Schema(examples = "+919876543210") @NotBlank @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE)
            @PlainText String phone,
            @Schema(description = "Language for SMS to the applicant; en when omitted", enumeration = {"en", "hi"})
            Language language,
            @Schema(description = "One document per checklist slot") @NotNull @Size(max = 30) List<@Valid @NotNull Document> documents) {
    }

    @ActorFromToken
    public record Verification(@Size(max = 500) @FreeText String remarks) {
    }

    @ActorFromToken
    public record Deficiency(
            @Schema(description = "Checklist slots to hand in again", examples = "[\"OWNER_CONSENT\"]")
            @NotEmpty @Size(max = 30) List<@NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String> missing,
            @Size(max = 500) @FreeText String remarks) {
    }

    @ActorFromToken
    public record Resubmission(@NotEmpty @Size(max = 30) List<@Valid @NotNull Document> documents) {
    }

    @ActorFromToken
    public record Inspection(
            @NotNull InspectionOutcome outcome,
            @Schema(description = "What the engineer found; for NOT_FEASIBLE the reason the applicant is told",
                    examples = "LT line 40 m away, existing transformer has capacity")
            @NotBlank @Size(max = 1000) @FreeText String remarks) {
    }

    /** The charges come from the tariff in force today: an empty object. */
    @ActorFromToken
    public record DemandNote() {
    }

    @ActorFromToken
    public record Payment(
            @Schema(description = "The gateway's id of the payment; a confirmation sent again with it is recorded once",
                    examples = "pay_Nx81Qz7")
            @NotBlank @Pattern(regexp = "^[A-Za-z0-9_.:-]{1,100}$", message = "must be 1-100 letters, digits or _.:-")
            @PlainText String gatewayTransactionId,
            @Schema(description = "Whole rupees", examples = "3205") @NotNull @Min(1) @Max(1_000_000_000) Long amount) {
    }

    @ActorFromToken
    public record ReadyForRelease(
            @Schema(description = "Number of the wiring test report", examples = "WTR-2026-118")
            @NotBlank @Size(max = 60) @PlainText String testReportReference,
            @Size(max = 500) @FreeText String remarks) {
    }

    @Schema(name = "RelationshipManager")
    public record Officer(
            @Schema(examples = "RM-GGN-1") @NotBlank @Size(max = 40) @PlainText String id,
            @Schema(examples = "Neha Gupta") @NotBlank @Size(max = 100) @PlainText String name,
            @Schema(examples = "9810000021") @NotBlank @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE) @PlainText String phone) {
    }

    @ActorFromToken
    public record Release(
            @Schema(description = "The consumer's named relationship manager (large and industrial consumers); optional")
            @Valid Officer relationshipManager) {
    }

    @ActorFromToken
    public record Ending(
            @Schema(examples = "Applicant moved to another city") @NotBlank @Size(max = 500) @FreeText String reason) {
    }

    @Schema(name = "RegisterServiceRequestRequest")
    @ActorFromToken
    public record RegisterServiceRequest(
            @Schema(description = "A service request type of the checklist", examples = "NAME_CHANGE")
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @PlainText String requestType,
            @Schema(description = "The case whose time limit applies, where the type has cases, e.g. "
                    + "DISCONNECTED_UNDER_6_MONTHS for a reconnection", examples = "DISCONNECTED_UNDER_6_MONTHS")
            @Pattern(regexp = CODE, message = CODE_MESSAGE) @PlainText String condition,
            @Schema(examples = "1102345678") @NotBlank
            @Pattern(regexp = CONSUMER_NUMBER, message = CONSUMER_NUMBER_MESSAGE)
            @PlainText String consumerNumber,
            @Schema(examples = "Sita Devi") @NotBlank @Size(max = 100) @PlainText String name,
            @Schema(examples = "9876543210") @NotBlank @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE)
            @PlainText String phone,
            @Schema(examples = "Gurugram") @NotBlank @Size(max = 60) @PlainText String district,
            @NotNull ConnectionAreaType areaType,
            @Schema(description = "en when omitted", enumeration = {"en", "hi"}) Language language,
            @Schema(examples = "Transfer to the legal heir after the owner's death") @Size(max = 1000) @FreeText String details,
            @Schema(description = "The category the request is about (the new one of a category change)") ConnectionCategory category,
            @Schema(description = "The load the request is about (a load change's new load, a temporary connection's load)")
            @DecimalMin(value = "0.1") @DecimalMax(value = "100000") @Digits(integer = 6, fraction = 2) BigDecimal load,
            LoadUnit loadUnit,
            @NotNull @Size(max = 30) List<@Valid @NotNull Document> documents) {
    }

    @ActorFromToken
    public record ServiceStep(
            @Schema(description = "The request's next step", examples = "DOCUMENTS_VERIFIED")
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @PlainText String step,
            @Size(max = 500) @FreeText String remarks) {
    }

    @ActorFromToken
    public record Completion(@Size(max = 500) @FreeText String remarks) {
    }
}
