package com.discomcare.complaint.rest;

import com.discomcare.complaint.directory.ConsumerCheck;
import com.discomcare.complaint.directory.ConsumerDirectory;
import com.discomcare.complaint.domain.ActedBy;
import com.discomcare.complaint.domain.Complaint;
import com.discomcare.complaint.domain.ComplaintCommand;
import com.discomcare.complaint.domain.ComplaintCommand.AssignComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.CloseComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.GiveFeedback;
import com.discomcare.complaint.domain.ComplaintCommand.PauseComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.RegisterComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.ReopenComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.ResolveComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.ResumeComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.StartSiteVisit;
import com.discomcare.complaint.domain.ComplaintStatus;
import com.discomcare.complaint.domain.RequestNumbers;
import com.discomcare.complaint.service.ComplaintQueries;
import com.discomcare.complaint.service.ComplaintService;
import com.discomcare.contracts.complaint.Language;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The complaint API. Every endpoint names the roles that may call it; {@link ComplaintAccess} narrows them to the
 * caller's districts or assigned complaints. Checks come in this order, each answering before the next: token
 * (401), role (403), request number and body (400), unknown complaint (404), district or assignee (403), If-Match
 * (412), the step itself (409). A refused request changes nothing.
 */
@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "Registration and the life of a complaint, from the call to closure")
public class ComplaintResource {

    private static final Pattern MOBILE = Pattern.compile(Requests.MOBILE);
    private static final String ETAG = "The complaint's version as a strong entity tag, e.g. \"3\": send it as "
            + "If-Match with the next step to make sure nobody changed the complaint in between";
    private static final String IF_MATCH = "Optional: the ETag of the complaint as last read. The step is taken "
            + "only if the complaint is still at that version; otherwise 412 and nothing changes";
    private static final String STALE = "The complaint changed since the ETag in If-Match: nothing was done; "
            + "the answer's ETag header is the current one";

    private final ComplaintService service;
    private final ComplaintQueries queries;
    private final ObjectMapper json;
    private final SignedIn signedIn;
    private final ConsumerDirectory directory;

    @Inject
    public ComplaintResource(ComplaintService service, ComplaintQueries queries, ObjectMapper json,
                             SignedIn signedIn, ConsumerDirectory directory) {
        this.service = service;
        this.queries = queries;
        this.json = json;
        this.signedIn = signedIn;
        this.directory = directory;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.INTEGRATION, Roles.CRO})
    @Operation(summary = "Register a complaint",
            description = "201 with the new complaint's request number, status and due time. A consumer who already "
                    + "has an open complaint of the same category gets 200 with that complaint and \"duplicate\": true; "
                    + "the call is counted on it. A retried request with the same Idempotency-Key gets the first answer. "
                    + "A consumer number the consumer directory knows fills in the name, phone, area type and district "
                    + "left out, and names a large or industrial consumer's relationship manager; an unknown one still "
                    + "registers, with \"consumerKnown\": false and a note. "
                    + "Agents and machine callers (the SMS gateway) register in every district, a CRO in their own.")
    @APIResponse(responseCode = "201", description = "Registered", headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintService.Registration.class)))
    @APIResponse(responseCode = "200", description = "The consumer's open complaint of that category, with the call counted",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintService.Registration.class)))
    public Response register(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response")
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 100) @PlainText String idempotencyKey,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.Register body) throws JsonProcessingException {
        Actor actor = signedIn.actor();
        ConsumerCheck.Result consumer = ConsumerCheck.check(body.consumerNumber(), body.name(),
                Requests.normalisePhone(body.phone()), body.areaType(), body.district(),
                directory.find(body.consumerNumber()));
        String district = consumer.district().strip();
        ComplaintAccess.CONSUMER_CONTACT.require(actor, "a complaint in " + district, district, null);
        var command = new RegisterComplaint(null, body.consumerNumber(), consumer.name().strip(), consumer.phone(),
                body.category(), consumer.areaType(), district, body.address().strip(), body.description().strip(),
                body.channel(), body.language() == null ? Language.ENGLISH : body.language(), actedBy(actor),
                Instant.now());
        // The same key from another caller is another request: nobody gets an answer meant for someone else.
        String fingerprint = idempotencyKey == null ? null : actor.id() + "\n" + json.writeValueAsString(body);
        ComplaintService.Reply reply = service.register(command, consumer, idempotencyKey, fingerprint,
                correlation(correlationId));
        return Response.status(reply.status()).type(MediaType.APPLICATION_JSON).entity(reply.body())
                .header(HttpHeaders.ETAG, IfMatch.entityTag(reply.version())).build();
    }

    @GET
    @Path("/{requestNumber}")
    @RolesAllowed({Roles.AGENT, Roles.INTEGRATION, Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD,
            Roles.ENGINEER})
    @Operation(summary = "The current state of a complaint")
    @APIResponse(responseCode = "200", description = "The complaint", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    public RestResponse<Complaint> get(@PathParam("requestNumber") @PlainText String requestNumber) {
        return tagged(readable(requestNumber));
    }

    @GET
    @Path("/{requestNumber}/history")
    @RolesAllowed({Roles.AGENT, Roles.INTEGRATION, Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD,
            Roles.ENGINEER})
    @Operation(summary = "Every event of a complaint, oldest first, each naming who took the step (by, byName, byRole)")
    public List<ComplaintQueries.HistoryEntry> history(@PathParam("requestNumber") @PlainText String requestNumber) {
        return queries.history(readable(requestNumber).requestNumber());
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.INTEGRATION, Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD,
            Roles.ENGINEER})
    @Operation(summary = "Find complaints", description = "Newest first; every filter is optional. Officers see "
            + "their districts' complaints (a district filter outside them: 403), engineers those assigned to them.")
    public ComplaintQueries.SummaryPage list(@QueryParam("status") @PlainText String status,
                                             @QueryParam("district") @PlainText @Size(max = 60) String district,
                                             @QueryParam("consumerNumber") @PlainText @Size(max = 20) String consumerNumber,
                                             @QueryParam("phone") @PlainText String phone,
                                             @QueryParam("page") @DefaultValue("0") @PlainText String page,
                                             @QueryParam("size") @DefaultValue("20") @PlainText String size) {
        Actor actor = signedIn.actor();
        ComplaintAccess.READ.requireDistrict(actor, district);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (status != null && Arrays.stream(ComplaintStatus.values()).noneMatch(s -> s.name().equals(status))) {
            errors.add(new Problem.FieldError("status", "must be one of: " + Arrays.toString(ComplaintStatus.values())));
        }
        if (phone != null && !MOBILE.matcher(phone).matches()) {
            errors.add(new Problem.FieldError("phone", Requests.MOBILE_MESSAGE));
        }
        int pageNumber = QueryParameters.wholeNumber("page", page, 0, 100_000, errors);
        int pageSize = QueryParameters.wholeNumber("size", size, 1, 100, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return queries.list(new ComplaintQueries.Filter(status, district, consumerNumber,
                Requests.normalisePhone(phone), visibleTo(actor)), pageNumber, pageSize);
    }

    @POST
    @Path("/{requestNumber}/assignment")
    @RolesAllowed({Roles.CRO, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD})
    @Operation(summary = "Assign the complaint to a field engineer (or reassign it)")
    @APIResponse(responseCode = "200", description = "The complaint's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<Complaint> assign(@PathParam("requestNumber") @PlainText String requestNumber,
                                          @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                          @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
                                          @Valid @NotNull Requests.Assign body) {
        return step(requestNumber, ifMatch, correlationId, ComplaintAccess.MANAGE,
                (rn, by) -> new AssignComplaint(rn, body.engineerId(), body.engineerName(),
                        Requests.normalisePhone(body.engineerPhone()), by, Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/site-visit")
    @RolesAllowed(Roles.ENGINEER)
    @Operation(summary = "The assigned engineer reports being on site")
    @APIResponse(responseCode = "200", description = "The complaint's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<Complaint> siteVisit(@PathParam("requestNumber") @PlainText String requestNumber,
                                             @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                             @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
                                             @Valid @NotNull Requests.SiteVisit body) {
        return step(requestNumber, ifMatch, correlationId, ComplaintAccess.FIELD_WORK,
                (rn, by) -> new StartSiteVisit(rn, body.remarks(), by, Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/resolution")
    @RolesAllowed(Roles.ENGINEER)
    @Operation(summary = "Resolve the complaint with a resolution code and remarks")
    @APIResponse(responseCode = "200", description = "The complaint's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<Complaint> resolve(@PathParam("requestNumber") @PlainText String requestNumber,
                                           @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                           @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
                                           @Valid @NotNull Requests.Resolution body) {
        return step(requestNumber, ifMatch, correlationId, ComplaintAccess.FIELD_WORK,
                (rn, by) -> new ResolveComplaint(rn, body.resolutionCode(), body.remarks(), by, Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/closure")
    @RolesAllowed({Roles.CRO, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD})
    @Operation(summary = "Close a resolved complaint")
    @APIResponse(responseCode = "200", description = "The complaint's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<Complaint> close(@PathParam("requestNumber") @PlainText String requestNumber,
                                         @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                         @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
                                         @Valid @NotNull Requests.Closure body) {
        return step(requestNumber, ifMatch, correlationId, ComplaintAccess.MANAGE,
                (rn, by) -> new CloseComplaint(rn, body.remarks(), by, Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/reopening")
    @RolesAllowed({Roles.AGENT, Roles.INTEGRATION, Roles.CRO})
    @Operation(summary = "Reopen a resolved or closed complaint within the reopening window; the clock starts anew")
    @APIResponse(responseCode = "200", description = "The complaint's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<Complaint> reopen(@PathParam("requestNumber") @PlainText String requestNumber,
                                          @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                          @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
                                          @Valid @NotNull Requests.Reopening body) {
        return step(requestNumber, ifMatch, correlationId, ComplaintAccess.CONSUMER_CONTACT,
                (rn, by) -> new ReopenComplaint(rn, body.reason(), by, Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/feedback")
    @RolesAllowed({Roles.AGENT, Roles.INTEGRATION, Roles.CRO})
    @Operation(summary = "Record the consumer's rating (1-5) after resolution")
    @APIResponse(responseCode = "200", description = "The complaint's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<Complaint> feedback(@PathParam("requestNumber") @PlainText String requestNumber,
                                            @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
                                            @Valid @NotNull Requests.Feedback body) {
        return step(requestNumber, ifMatch, correlationId, ComplaintAccess.CONSUMER_CONTACT,
                (rn, by) -> new GiveFeedback(rn, body.rating(), body.comment(), by, Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/pause")
    @RolesAllowed(Roles.ENGINEER)
    @Operation(summary = "Stop the regulatory clock (consumer not available, road-digging permission awaited)")
    @APIResponse(responseCode = "200", description = "The complaint's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<Complaint> pause(@PathParam("requestNumber") @PlainText String requestNumber,
                                         @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                         @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
                                         @Valid @NotNull Requests.Pause body) {
        return step(requestNumber, ifMatch, correlationId, ComplaintAccess.FIELD_WORK,
                (rn, by) -> new PauseComplaint(rn, body.reason(), body.remarks(), by, Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/resume")
    @RolesAllowed(Roles.ENGINEER)
    @Operation(summary = "Start the clock again; the due time moves later by the paused span")
    @APIResponse(responseCode = "200", description = "The complaint's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<Complaint> resume(@PathParam("requestNumber") @PlainText String requestNumber,
                                          @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                          @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
                                          @Valid @NotNull Requests.Resume body) {
        return step(requestNumber, ifMatch, correlationId, ComplaintAccess.FIELD_WORK,
                (rn, by) -> new ResumeComplaint(rn, by, Instant.now()));
    }

    /**
     * Checks the request number and If-Match (400 before anything else), then takes the step as the signed-in
     * user if {@code rule} lets them act on the complaint (403 if not, 404 for an unknown one).
     */
    private RestResponse<Complaint> step(String requestNumber, String ifMatch, String correlationId, AccessRule rule,
                                         BiFunction<String, ActedBy, ComplaintCommand> command) {
        String checkedNumber = checked(requestNumber);
        IfMatch precondition = IfMatch.parse(ifMatch);
        Actor actor = signedIn.actor();
        return tagged(service.execute(command.apply(checkedNumber, actedBy(actor)), precondition,
                current -> ComplaintAccess.require(rule, actor, current), correlation(correlationId)));
    }

    /** The complaint, if the signed-in user may read it: 404 for an unknown one, then 403. */
    private Complaint readable(String requestNumber) {
        Complaint complaint = queries.complaint(checked(requestNumber))
                .orElseThrow(() -> new ComplaintNotFoundException(requestNumber));
        ComplaintAccess.require(ComplaintAccess.READ, signedIn.actor(), complaint);
        return complaint;
    }

    private static ComplaintQueries.Scope visibleTo(Actor actor) {
        AccessRule read = ComplaintAccess.READ;
        if (read.coversEverything(actor)) {
            return ComplaintQueries.Scope.EVERYTHING;
        }
        return ComplaintQueries.Scope.of(read.actsInTheirDistricts(actor) ? actor.districts() : Set.of(),
                read.actsWhenAssigned(actor) ? actor.id() : null);
    }

    private static ActedBy actedBy(Actor actor) {
        return new ActedBy(actor.id(), actor.name(), actor.role());
    }

    private static RestResponse<Complaint> tagged(Complaint complaint) {
        return RestResponse.ResponseBuilder.ok(complaint)
                .header(HttpHeaders.ETAG, IfMatch.entityTag(complaint.version())).build();
    }

    private static String checked(String requestNumber) {
        if (!RequestNumbers.isValid(requestNumber)) {
            throw new InvalidInputException("requestNumber", "'" + requestNumber + "' is not a request number: "
                    + RequestNumbers.LENGTH + " digits with a correct check digit (a digit is wrong or two are swapped?)");
        }
        return requestNumber;
    }

    private static String correlation(String header) {
        return header == null || header.isBlank() ? UUID.randomUUID().toString() : header;
    }
}
