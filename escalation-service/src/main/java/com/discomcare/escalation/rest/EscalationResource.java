package com.discomcare.escalation.rest;

import com.discomcare.escalation.service.EscalationQueries;
import com.discomcare.kit.rest.InvalidInputException;
import com.discomcare.kit.rest.PlainText;
import com.discomcare.kit.rest.Problem;
import com.discomcare.kit.rest.ResourceNotFoundException;
import com.discomcare.kit.rest.QueryParameters;
import com.discomcare.kit.security.AccessRule;
import com.discomcare.kit.security.Actor;
import com.discomcare.kit.security.Roles;
import com.discomcare.kit.security.SignedIn;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.Set;
import java.util.regex.Pattern;

@Path("/api/v1/escalations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escalations", description = "Where each complaint, application and service request stands on the escalation ladder")
@RolesAllowed({Roles.AGENT, Roles.INTEGRATION, Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD})
public class EscalationResource {

    /** Call centre, machine callers and operations work across districts; managers answer for their own. */
    private static final AccessRule READ = AccessRule.everywhere(Roles.AGENT, Roles.INTEGRATION, Roles.ADMIN)
            .andInTheirDistricts(Roles.CRO, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD);

    /** A complaint's request number, or an application's (5...) or a service request's (6...) number. */
    private static final Pattern REQUEST_NUMBER = Pattern.compile("\\d{12}|[56]\\d{12}");

    private final EscalationQueries queries;
    private final SignedIn signedIn;

    @Inject
    public EscalationResource(EscalationQueries queries, SignedIn signedIn) {
        this.queries = queries;
        this.signedIn = signedIn;
    }

    @GET
    @Path("/{requestNumber}")
    @Operation(summary = "The escalation case of a complaint, application or service request: tier, holder, "
            + "relationship manager, next tier's due time and history",
            description = "Agents, integrations and admins see every case; CROs, CSMs, DMs and circle heads the cases "
                    + "of their districts")
    public EscalationQueries.CaseView get(@PathParam("requestNumber") @PlainText String requestNumber) {
        // A malformed number names no case at all, so it is refused before the lookup.
        if (!REQUEST_NUMBER.matcher(requestNumber).matches()) {
            throw new InvalidInputException("requestNumber", "must be a complaint's 12-digit request number, or a "
                    + "13-digit application or service-request number (starting with 5 or 6)");
        }
        EscalationQueries.CaseView escalationCase = queries.escalationCase(requestNumber)
                .orElseThrow(() -> new ResourceNotFoundException("no escalation case for request number " + requestNumber));
        READ.require(signedIn.actor(), "the escalation case of " + requestNumber, escalationCase.district(), null);
        return escalationCase;
    }

    @GET
    @Operation(summary = "The overdue board for managers: open cases, most overdue first",
            description = "CROs, CSMs, DMs and circle heads see their districts' cases; a district filter outside "
                    + "them is refused (403)")
    public EscalationQueries.BoardPage board(@QueryParam("district") @PlainText @Size(max = 60) String district,
                                             @QueryParam("tier") @PlainText String tier,
                                             @QueryParam("overdue") @DefaultValue("false") @PlainText String overdue,
                                             @QueryParam("page") @DefaultValue("0") @PlainText String page,
                                             @QueryParam("size") @DefaultValue("20") @PlainText String size) {
        Set<String> districts = visibleDistricts(signedIn.actor(), district);
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
        return queries.board(districts, tierNumber, Boolean.parseBoolean(overdue), pageNumber, pageSize);
    }

    /** The districts whose cases the board may show {@code actor}, narrowed to {@code filter}; null: every one. */
    private static Set<String> visibleDistricts(Actor actor, String filter) {
        READ.requireDistrict(actor, filter);
        if (filter != null) {
            return Set.of(filter);
        }
        return READ.coversEverything(actor) ? null : actor.districts();
    }
}
