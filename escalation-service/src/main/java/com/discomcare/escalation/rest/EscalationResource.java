package com.discomcare.escalation.rest;

import com.discomcare.escalation.service.EscalationQueries;
import com.discomcare.kit.rest.InvalidInputException;
import com.discomcare.kit.rest.PlainText;
import com.discomcare.kit.rest.Problem;
import com.discomcare.kit.rest.ResourceNotFoundException;
import com.discomcare.kit.rest.QueryParameters;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/escalations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escalations", description = "Where each complaint stands on the escalation ladder")
public class EscalationResource {

    private final EscalationQueries queries;

    @Inject
    public EscalationResource(EscalationQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{requestNumber}")
    @Operation(summary = "A complaint's escalation case: tier, holder, next tier's due time and history")
    public EscalationQueries.CaseView get(@PathParam("requestNumber") @PlainText String requestNumber) {
        if (!requestNumber.matches("\\d{12}")) {
            throw new InvalidInputException("requestNumber", "must be a 12-digit request number");
        }
        return queries.escalationCase(requestNumber)
                .orElseThrow(() -> new ResourceNotFoundException("no escalation case for request number " + requestNumber));
    }

    @GET
    @Operation(summary = "The overdue board for managers: open cases, most overdue first")
    public EscalationQueries.BoardPage board(@QueryParam("district") @PlainText @Size(max = 60) String district,
                                             @QueryParam("tier") @PlainText String tier,
                                             @QueryParam("overdue") @DefaultValue("false") @PlainText String overdue,
                                             @QueryParam("page") @DefaultValue("0") @PlainText String page,
                                             @QueryParam("size") @DefaultValue("20") @PlainText String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Integer tierNumber = tier == null ? null : QueryParameters.wholeNumber("tier", tier, 0, 3, errors);
        if (!overdue.equals("true") && !overdue.equals("false")) {
            errors.add(new Problem.FieldError("overdue", "must be true or false"));
        }
        int pageNumber = QueryParameters.wholeNumber("page", page, 0, 100_000, errors);
        int pageSize = QueryParameters.wholeNumber("size", size, 1, 100, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return queries.board(district, tierNumber, Boolean.parseBoolean(overdue), pageNumber, pageSize);
    }
}
