package com.discomcare.complaint.rest;

import com.discomcare.complaint.policy.CategoryLimit;
import com.discomcare.complaint.policy.ComplaintPolicy;
import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.complaint.ClockType;
import com.discomcare.kit.rest.InvalidInputException;
import com.discomcare.kit.rest.PlainText;
import com.discomcare.kit.rest.Problem;
import com.discomcare.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The time limits are no secret, but the API is for signed-in callers only: every role may read them. */
@Path("/api/v1/complaint-policy")
@RolesAllowed({Roles.AGENT, Roles.CRO, Roles.ENGINEER, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD, Roles.ADMIN,
        Roles.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaint policy", description = "Regulatory time limits, for agents telling a caller when to expect the fix")
public class ComplaintPolicyResource {

    public record DueTimeAnswer(String category, String description, AreaType areaType, ClockType clock,
                                String limit, OffsetDateTime from, OffsetDateTime dueAt) {
    }

    public record CategoryAnswer(String code, String description, ClockType clock, String urban, String rural) {
    }

    private final ComplaintPolicy policy;

    @Inject
    public ComplaintPolicyResource(ComplaintPolicy policy) {
        this.policy = policy;
    }

    @GET
    @Path("/due-time")
    @Operation(summary = "The due time a complaint registered at 'from' would get")
    public DueTimeAnswer dueTime(
            @Parameter(description = "Category code", example = "E1.1") @QueryParam("category") @PlainText String category,
            @Parameter(description = "URBAN or RURAL", example = "URBAN") @QueryParam("areaType") @PlainText String areaType,
            @Parameter(description = "ISO-8601 time; without an offset it is read in the calendar's zone (IST); now when omitted",
                    example = "2026-11-23T19:00:00+05:30") @QueryParam("from") @PlainText String from) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (category == null || !policy.isKnownCategory(category)) {
            errors.add(new Problem.FieldError("category", "must be a known complaint category: " + policy.categories().keySet()));
        }
        AreaType area = null;
        try {
            area = AreaType.valueOf(String.valueOf(areaType));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("areaType", "must be one of: " + Arrays.toString(AreaType.values())));
        }
        Instant start = null;
        try {
            start = parseTime(from);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError("from", "must be an ISO-8601 date-time such as 2026-11-23T19:00:00+05:30"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var due = policy.dueTime(category, area, start);
        var zone = policy.calendar().zone();
        return new DueTimeAnswer(due.category(), policy.category(category).orElseThrow().description(), area,
                due.clock(), due.limit().toString(), due.from().atZone(zone).toOffsetDateTime(),
                due.dueAt().atZone(zone).toOffsetDateTime());
    }

    @GET
    @Path("/categories")
    @Operation(summary = "Every complaint category with its time limits")
    public List<CategoryAnswer> categories() {
        return policy.categories().values().stream()
                .map(ComplaintPolicyResource::answer)
                .toList();
    }

    private static CategoryAnswer answer(CategoryLimit c) {
        return new CategoryAnswer(c.code(), c.description(), c.clock(), c.urban().toString(), c.rural().toString());
    }

    private Instant parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(text).atZone(policy.calendar().zone()).toInstant();
        }
    }
}
