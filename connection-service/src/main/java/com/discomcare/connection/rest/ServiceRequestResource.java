package com.discomcare.connection.rest;

import com.discomcare.connection.documents.DocumentChecklist;
import com.discomcare.connection.documents.ServiceRequestRequirement;
import com.discomcare.connection.domain.ActedBy;
import com.discomcare.connection.domain.ClockSubject;
import com.discomcare.connection.domain.ConnectionNumbers;
import com.discomcare.connection.domain.ServiceRequest;
import com.discomcare.connection.domain.ServiceRequestCommand;
import com.discomcare.connection.domain.ServiceRequestCommand.CompleteServiceRequest;
import com.discomcare.connection.domain.ServiceRequestCommand.RecordStep;
import com.discomcare.connection.domain.ServiceRequestCommand.RegisterServiceRequest;
import com.discomcare.connection.domain.ServiceRequestCommand.RejectServiceRequest;
import com.discomcare.connection.domain.ServiceRequestStatus;
import com.discomcare.connection.domain.TimeLimits;
import com.discomcare.connection.policy.ConnectionPolicy;
import com.discomcare.connection.service.ConnectionQueries;
import com.discomcare.connection.service.ConnectionService;
import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;
import com.discomcare.kit.rest.IfMatch;
import com.discomcare.kit.rest.InvalidInputException;
import com.discomcare.kit.rest.PlainText;
import com.discomcare.kit.rest.Problem;
import com.discomcare.kit.rest.QueryParameters;
import com.discomcare.kit.security.AccessRule;
import com.discomcare.kit.security.Actor;
import com.discomcare.kit.security.Roles;
import com.discomcare.kit.security.SignedIn;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Service requests of existing consumers: reconnection, change of name, load, category or phase, shifting,
 * disconnection on request. Which documents and steps each type needs is the checklist's data. Checks in the same
 * order as for applications.
 */
@Path("/api/v1/service-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service requests", description = "An existing consumer's request, its steps and its due time")
public class ServiceRequestResource {

    private static final String ETAG = "The request's version as a strong entity tag, e.g. \"3\", for If-Match";
    private static final String IF_MATCH = "Optional: the ETag as last read; otherwise 412 and nothing changes";
    private static final String CONFLICT = "Not allowed in the request's current state (currentState); nothing was done";
    private static final String EXAMPLE = """
            {"requestType": "NAME_CHANGE", "consumerNumber": "1102345678", "name": "Sita Devi", "phone": "9876543210",
             "district": "Gurugram", "areaType": "MUNICIPAL", "details": "Transfer to the legal heir",
             "documents": [
               {"type": "REQUEST_FORM", "referenceNumber": "RF-2026-7", "issuedBy": "DHBVN"},
               {"type": "REGISTRATION_DEED", "referenceNumber": "RD-4471", "issuedBy": "Sub-registrar Gurugram"},
               {"type": "VOTER_CARD", "referenceNumber": "HR/01/123/456789", "issuedBy": "Election Commission of India"},
               {"type": "DEATH_CERTIFICATE", "referenceNumber": "DC-2026-19", "issuedBy": "MC Gurugram"},
               {"type": "INDEMNITY_BOND", "referenceNumber": "SP-90211", "issuedBy": "Sub-registrar Gurugram"}]}""";

    private final ConnectionService service;
    private final ConnectionQueries queries;
    private final DocumentChecklist checklist;
    private final ConnectionPolicy policy;
    private final TimeLimits timeLimits;
    private final ObjectMapper json;
    private final SignedIn signedIn;

    @Inject
    public ServiceRequestResource(ConnectionService service, ConnectionQueries queries, DocumentChecklist checklist,
                                  ConnectionPolicy policy, TimeLimits timeLimits, ObjectMapper json,
                                  SignedIn signedIn) {
        this.service = service;
        this.queries = queries;
        this.checklist = checklist;
        this.policy = policy;
        this.timeLimits = timeLimits;
        this.json = json;
        this.signedIn = signedIn;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.ADMIN, Roles.CRO})
    @Operation(summary = "Register a service request for an existing consumer",
            description = "201 with the service-request number (13 digits starting with 6), its steps and due time. "
                    + "A missing or not-accepted document is a 400 naming each slot.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "change of name", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    public Response register(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response")
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 100) @PlainText String idempotencyKey,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.RegisterServiceRequest body) throws JsonProcessingException {
        Actor actor = signedIn.actor();
        String district = body.district().strip();
        ConnectionAccess.CONSUMER_CONTACT.require(actor, "a service request in " + district, district, null);
        LoadUnit unit = body.load() == null ? null
                : body.loadUnit() != null ? body.loadUnit() : body.category() == ConnectionCategory.HT ? LoadUnit.KVA : LoadUnit.KW;
        ServiceRequestRequirement requirement = checkRegistration(body, new ClockSubject(body.requestType(),
                body.condition(), body.category(), body.load(), unit, body.areaType()));
        var command = new RegisterServiceRequest(null, body.requestType(), body.condition(), body.consumerNumber(),
                body.name().strip(),
                Requests.normalisePhone(body.phone()), district, body.areaType(),
                body.language() == null ? Language.ENGLISH : body.language(),
                body.details() == null ? null : body.details().strip(), body.category(), body.load(), unit,
                Requests.submitted(body.documents()), requirement.stepCodes(), new ActedBy(actor.id(), actor.name(),
                actor.role()), Instant.now());
        String fingerprint = idempotencyKey == null ? null : actor.id() + "\n" + json.writeValueAsString(body);
        ConnectionService.Reply reply = service.register(command, idempotencyKey, fingerprint, correlation(correlationId));
        return Response.status(reply.status()).type(MediaType.APPLICATION_JSON).entity(reply.body())
                .header(HttpHeaders.ETAG, IfMatch.entityTag(reply.version())).build();
    }

    /** The type's documents and the time limit's case and load, all at once; the type's requirement. */
    private ServiceRequestRequirement checkRegistration(Requests.RegisterServiceRequest body, ClockSubject subject) {
        var requirement = checklist.serviceRequest(body.requestType());
        var limits = policy.requestType(body.requestType());
        if (requirement.isEmpty() || limits.isEmpty()) {
            throw new InvalidInputException("requestType", "must be one of: "
                    + new TreeSet<>(checklist.serviceRequestTypes()));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> conditions = limits.get().conditions();
        if (conditions.isEmpty() && body.condition() != null) {
            errors.add(new Problem.FieldError("condition", body.requestType() + " has no cases: leave it out"));
        } else if (!conditions.isEmpty() && body.condition() == null) {
            errors.add(new Problem.FieldError("condition", "is required: a " + body.requestType() + " is one of: "
                    + conditions));
        } else if (!conditions.isEmpty() && !conditions.contains(body.condition())) {
            errors.add(new Problem.FieldError("condition", "a " + body.requestType() + " is one of: " + conditions));
        } else {
            try {
                timeLimits.startedBy(subject, TimeLimits.REGISTERED, Instant.now());
            } catch (IllegalArgumentException e) {
                // The limit depends on something the request left out (a temporary connection's load).
                errors.add(new Problem.FieldError("load", e.getMessage()));
            }
        }
        if (body.loadUnit() != null && body.load() == null) {
            errors.add(new Problem.FieldError("loadUnit", "goes with a load"));
        }
        DocumentErrors.add(checklist.checkServiceRequest(body.requestType(),
                body.documents().stream().map(Requests.Document::type).toList()), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return requirement.get();
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.INTEGRATION, Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD,
            Roles.ENGINEER})
    @Operation(summary = "Find service requests", description = "Newest first; every filter is optional. Officers "
            + "and engineers see their districts' requests (a district filter outside them: 403).")
    public ConnectionQueries.SummaryPage<ConnectionQueries.ServiceRequestSummary> list(
            @QueryParam("status") @PlainText String status,
            @QueryParam("district") @PlainText @Size(max = 60) String district,
            @QueryParam("phone") @PlainText String phone,
            @QueryParam("consumerNumber") @PlainText String consumerNumber,
            @QueryParam("page") @DefaultValue("0") @PlainText String page,
            @QueryParam("size") @DefaultValue("20") @PlainText String size) {
        Actor actor = signedIn.actor();
        ConnectionAccess.READ.requireDistrict(actor, district);
        List<Problem.FieldError> errors = new ArrayList<>();
        ServiceRequestStatus wanted = QueryValues.enumValue("status", status, ServiceRequestStatus.class, false, errors);
        String mobile = QueryValues.mobile("phone", phone, errors);
        String consumer = QueryValues.consumerNumber("consumerNumber", consumerNumber, errors);
        int pageNumber = QueryParameters.wholeNumber("page", page, 0, 100_000, errors);
        int pageSize = QueryParameters.wholeNumber("size", size, 1, 100, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<String> visible = ConnectionAccess.READ.coversEverything(actor) ? null : actor.districts();
        return queries.serviceRequests(new ConnectionQueries.Filter(wanted == null ? null : wanted.name(), district,
                mobile, consumer, visible), pageNumber, pageSize);
    }

    @GET
    @Path("/{requestNumber}")
    @RolesAllowed({Roles.AGENT, Roles.INTEGRATION, Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD,
            Roles.ENGINEER})
    @Operation(summary = "The current state of a service request: status, steps done, next step, due time")
    @APIResponse(responseCode = "200", description = "The service request", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    public RestResponse<ServiceRequest> get(@PathParam("requestNumber") @PlainText String requestNumber) {
        return tagged(readable(requestNumber));
    }

    @GET
    @Path("/{requestNumber}/history")
    @RolesAllowed({Roles.AGENT, Roles.INTEGRATION, Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD,
            Roles.ENGINEER})
    @Operation(summary = "Every event of a service request, oldest first")
    public List<ConnectionQueries.HistoryEntry> history(@PathParam("requestNumber") @PlainText String requestNumber) {
        return queries.history(readable(requestNumber).requestNumber());
    }

    @POST
    @Path("/{requestNumber}/steps")
    @RolesAllowed({Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.ENGINEER})
    @Operation(summary = "Record the request's next step (its steps are taken in order, each once)")
    @APIResponse(responseCode = "200", description = "The request's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "409", description = CONFLICT)
    public RestResponse<ServiceRequest> step(
            @PathParam("requestNumber") @PlainText String requestNumber,
            @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.ServiceStep body) {
        return step(requestNumber, ifMatch, correlationId, ConnectionAccess.SERVICE_WORK,
                (n, by) -> new RecordStep(n, body.step(), body.remarks(), by, Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/completion")
    @RolesAllowed({Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.ENGINEER})
    @Operation(summary = "Complete the request once every step is done; its clock stops")
    @APIResponse(responseCode = "200", description = "The request's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "409", description = CONFLICT)
    public RestResponse<ServiceRequest> complete(
            @PathParam("requestNumber") @PlainText String requestNumber,
            @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.Completion body) {
        return step(requestNumber, ifMatch, correlationId, ConnectionAccess.SERVICE_WORK,
                (n, by) -> new CompleteServiceRequest(n, body.remarks(), by, Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/rejection")
    @RolesAllowed({Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.DM})
    @Operation(summary = "Reject the request with a reason; its clock stops")
    @APIResponse(responseCode = "200", description = "The request's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "409", description = CONFLICT)
    public RestResponse<ServiceRequest> reject(
            @PathParam("requestNumber") @PlainText String requestNumber,
            @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.Ending body) {
        return step(requestNumber, ifMatch, correlationId, ConnectionAccess.REJECT,
                (n, by) -> new RejectServiceRequest(n, body.reason().strip(), by, Instant.now()));
    }

    private RestResponse<ServiceRequest> step(String requestNumber, String ifMatch, String correlationId,
                                              AccessRule rule,
                                              BiFunction<String, ActedBy, ServiceRequestCommand> command) {
        String number = checked(requestNumber);
        IfMatch precondition = IfMatch.parse(ifMatch);
        Actor actor = signedIn.actor();
        return tagged(service.execute(command.apply(number, new ActedBy(actor.id(), actor.name(), actor.role())),
                precondition, current -> ConnectionAccess.require(rule, actor, "service request " + number,
                        current.district()), correlation(correlationId)));
    }

    private ServiceRequest readable(String requestNumber) {
        ServiceRequest request = queries.serviceRequest(checked(requestNumber))
                .orElseThrow(() -> new NotFoundException("service request " + requestNumber));
        ConnectionAccess.require(ConnectionAccess.READ, signedIn.actor(), "service request " + requestNumber,
                request.district());
        return request;
    }

    private static RestResponse<ServiceRequest> tagged(ServiceRequest request) {
        return RestResponse.ResponseBuilder.ok(request)
                .header(HttpHeaders.ETAG, IfMatch.entityTag(request.version())).build();
    }

    private static String checked(String requestNumber) {
        if (!ConnectionNumbers.isValid(ConnectionNumbers.Kind.SERVICE_REQUEST, requestNumber)) {
            throw new InvalidInputException("requestNumber", "'" + requestNumber + "' is not "
                    + ConnectionNumbers.Kind.SERVICE_REQUEST.description() + ": " + ConnectionNumbers.LENGTH
                    + " digits starting with 6, with a correct check digit (a digit is wrong or two are swapped?)");
        }
        return requestNumber;
    }

    private static String correlation(String header) {
        return header == null || header.isBlank() ? UUID.randomUUID().toString() : header;
    }
}
