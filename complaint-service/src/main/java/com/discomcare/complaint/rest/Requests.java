package com.discomcare.complaint.rest;

import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.complaint.Channel;
import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.complaint.PauseReason;
import com.discomcare.contracts.complaint.ResolutionCode;
import com.discomcare.kit.rest.ActorFromToken;
import com.discomcare.kit.rest.FreeText;
import com.discomcare.kit.rest.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request bodies of the complaint API. None names who takes the step: that is the signed-in user, and a body that
 * still sends {@code by} is refused ({@link ActorFromToken}). Every String is {@code @PlainText} (one line) or
 * {@code @FreeText} (typed text, line breaks allowed).
 */
public final class Requests {

    static final String MOBILE = "^(\\+91)?[6-9][0-9]{9}$";
    static final String MOBILE_MESSAGE = "must be an Indian mobile number: 10 digits starting with 6-9, optionally after +91";

    private Requests() {
    }

    /** Strips the +91 country code: phones are stored and searched as 10 digits. */
    static String normalisePhone(String phone) {
        return phone == null ? null : phone.startsWith("+91") ? phone.substring(3) : phone;
    }

    /**
     * {@code agentId} named the registering agent before sign-in; now the token does. Name, phone, area type and
     * district may be left out for a consumer number the consumer directory knows: it fills them in.
     */
    @Schema(name = "RegisterComplaintRequest")
    @ActorFromToken({"by", "agentId"})
    @ConsumerDetailsComplete
    public record Register(
            @Schema(description = "Consumer (account) number; omit for a caller who is not a consumer. A number the "
                    + "consumer directory knows fills in the name, phone, area type and district left out",
                    examples = "8100000017")
            @Pattern(regexp = "^[A-Za-z0-9-]{4,20}$", message = "must be 4-20 letters, digits or dashes")
            @PlainText String consumerNumber,
            @Schema(description = "Required unless the consumer number is in the consumer directory",
                    examples = "रमेश कुमार") @Size(max = 100) @PlainText String name,
            @Schema(description = "Required unless the consumer number is in the consumer directory",
                    examples = "+919876543210") @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE)
            @PlainText String phone,
            @Schema(description = "Complaint category code from the time-limit policy", examples = "E1.1")
            @NotBlank @KnownCategory @PlainText String category,
            @Schema(description = "Required unless the consumer number is in the consumer directory") AreaType areaType,
            @Schema(description = "Required unless the consumer number is in the consumer directory",
                    examples = "Gurugram") @Size(max = 60) @PlainText String district,
            @Schema(examples = "H.No. 12, Sector 43, Gurugram") @NotBlank @Size(max = 300) @FreeText String address,
            @Schema(examples = "No supply since 6 pm, neighbours have power") @NotBlank @Size(max = 1000)
            @FreeText String description,
            @NotNull Channel channel,
            @Schema(description = "Language for SMS to the consumer; en when omitted", enumeration = {"en", "hi"})
            Language language) {
    }

    @ActorFromToken
    public record Assign(
            @Schema(examples = "JE-1042") @NotBlank @Size(max = 40) @PlainText String engineerId,
            @Schema(examples = "Suresh Yadav") @NotBlank @Size(max = 100) @PlainText String engineerName,
            @Schema(examples = "9812345678") @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE)
            @PlainText String engineerPhone) {
    }

    @ActorFromToken
    public record SiteVisit(@Size(max = 500) @FreeText String remarks) {
    }

    @ActorFromToken
    public record Resolution(
            @NotNull ResolutionCode resolutionCode,
            @Schema(examples = "Replaced blown DO fuse, supply restored") @NotBlank @Size(max = 1000)
            @FreeText String remarks) {
    }

    @ActorFromToken
    public record Closure(@Size(max = 500) @FreeText String remarks) {
    }

    @ActorFromToken
    public record Reopening(
            @Schema(examples = "Supply failed again the same evening") @NotBlank @Size(max = 500) @FreeText String reason) {
    }

    @ActorFromToken
    public record Feedback(
            @Schema(description = "1 (very poor) to 5 (excellent)", examples = "4") @NotNull @Min(1) @Max(5) Integer rating,
            @Size(max = 500) @FreeText String comment) {
    }

    @ActorFromToken
    public record Pause(
            @NotNull PauseReason reason,
            @Size(max = 500) @FreeText String remarks) {
    }

    /** Nothing to say but that the clock runs again: an empty object. */
    @ActorFromToken
    public record Resume() {
    }
}
