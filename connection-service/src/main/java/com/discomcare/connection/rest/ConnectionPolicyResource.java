package com.discomcare.connection.rest;

import com.discomcare.connection.policy.ConnectionPolicy;
import com.discomcare.connection.policy.DueTimeQuery;
import com.discomcare.connection.policy.RequestTypePolicy;
import com.discomcare.connection.policy.VoltageClass;
import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The time limits of applications and service requests, for every signed-in role. */
@Path("/api/v1/connection-policy")
@RolesAllowed({Roles.AGENT, Roles.CRO, Roles.ENGINEER, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD, Roles.ADMIN,
        Roles.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Connection policy", description = "Regulatory time limits of applications and service requests")
public class ConnectionPolicyResource {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    public record DueTimeAnswer(String requestType, String stage, String condition, VoltageClass voltageClass,
                                ConnectionAreaType areaType, BigDecimal load, String limit, String source,
                                OffsetDateTime from, OffsetDateTime dueAt) {
    }

    private final ConnectionPolicy policy;

    @Inject
    public ConnectionPolicyResource(ConnectionPolicy policy) {
        this.policy = policy;
    }

    @GET
    @Path("/due-time")
    @Operation(summary = "The due time a request's stage started at 'from' would get, and the rule it comes from",
            description = "e.g. requestType=NEW_CONNECTION&stage=RELEASE&condition=EXISTING_NETWORK&areaType=METRO: 3 days")
    public DueTimeAnswer dueTime(
            @Parameter(example = "NEW_CONNECTION") @QueryParam("requestType") @PlainText String requestType,
            @Parameter(description = "The stage; the one that runs from registration when omitted", example = "RELEASE")
            @QueryParam("stage") @PlainText String stage,
            @Parameter(description = "The case, where the type has cases", example = "EXISTING_NETWORK")
            @QueryParam("condition") @PlainText String condition,
            @Parameter(description = "Sets the voltage class with the load", example = "DS") @QueryParam("category") @PlainText String category,
            @Parameter(example = "5") @QueryParam("load") @PlainText String load,
            @Parameter(example = "METRO") @QueryParam("areaType") @PlainText String areaType,
            @Parameter(description = "ISO-8601 time; without an offset it is read in IST; now when omitted",
                    example = "2026-11-23T19:00:00+05:30") @QueryParam("from") @PlainText String from) {
        List<Problem.FieldError> errors = new ArrayList<>();
        RequestTypePolicy type = requestType == null ? null : policy.requestType(requestType).orElse(null);
        if (type == null) {
            errors.add(new Problem.FieldError("requestType", "must be one of: "
                    + policy.requestTypes().stream().map(RequestTypePolicy::code).toList()));
        }
        ConnectionCategory cat = QueryValues.enumValue("category", category, ConnectionCategory.class, false, errors);
        BigDecimal loadValue = QueryValues.load("load", load, false, errors);
        ConnectionAreaType area = QueryValues.enumValue("areaType", areaType, ConnectionAreaType.class, false, errors);
        Instant start = null;
        try {
            start = parseTime(from);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError("from", "must be an ISO-8601 date-time such as 2026-11-23T19:00:00+05:30"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String stageCode = stage != null ? stage : type.firstStage().code();
        VoltageClass voltage = cat == null ? null
                : VoltageClass.of(cat, loadValue, cat == ConnectionCategory.HT ? LoadUnit.KVA : LoadUnit.KW);
        try {
            var due = policy.dueTime(new DueTimeQuery(requestType, stageCode, condition, voltage, area, loadValue), start);
            return new DueTimeAnswer(requestType, stageCode, condition, voltage, area, loadValue, due.limit().toString(),
                    due.source(), due.from().atZone(INDIA).toOffsetDateTime(), due.dueAt().atZone(INDIA).toOffsetDateTime());
        } catch (IllegalArgumentException e) {
            // An unknown stage or condition, or a value the limit depends on but the query left out.
            throw new InvalidInputException("query", e.getMessage());
        }
    }

    private static Instant parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(text).atZone(INDIA).toInstant();
        }
    }
}
