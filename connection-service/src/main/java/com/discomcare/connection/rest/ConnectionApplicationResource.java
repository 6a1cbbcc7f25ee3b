package com.discomcare.connection.rest;

import com.discomcare.connection.charges.ChargeSchedule;
import com.discomcare.connection.charges.InvalidQuoteException;
import com.discomcare.connection.documents.DocumentCheck;
import com.discomcare.connection.documents.DocumentChecklist;
import com.discomcare.connection.documents.Slot;
import com.discomcare.connection.domain.ActedBy;
import com.discomcare.connection.domain.ApplicationCommand;
import com.discomcare.connection.domain.ApplicationCommand.InspectSite;
import com.discomcare.connection.domain.ApplicationCommand.IssueDemandNote;
import com.discomcare.connection.domain.ApplicationCommand.MarkReadyForRelease;
import com.discomcare.connection.domain.ApplicationCommand.NoteDeficiency;
import com.discomcare.connection.domain.ApplicationCommand.ReceivePayment;
import com.discomcare.connection.domain.ApplicationCommand.RegisterApplication;
import com.discomcare.connection.domain.ApplicationCommand.RejectApplication;
import com.discomcare.connection.domain.ApplicationCommand.ReleaseConnection;
import com.discomcare.connection.domain.ApplicationCommand.ResubmitDocuments;
import com.discomcare.connection.domain.ApplicationCommand.VerifyDocuments;
import com.discomcare.connection.domain.ApplicationCommand.WithdrawApplication;
import com.discomcare.connection.domain.ApplicationStatus;
import com.discomcare.connection.domain.Charges;
import com.discomcare.connection.domain.ConnectionApplication;
import com.discomcare.connection.domain.ConnectionNumbers;
import com.discomcare.connection.domain.ConnectionRequestTypes;
import com.discomcare.connection.domain.QuoteSubject;
import com.discomcare.connection.service.ConnectionQueries;
import com.discomcare.connection.service.ConnectionService;
import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;
import com.discomcare.contracts.escalation.Officer;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * New-connection applications. Every endpoint names the roles that may call it; {@link ConnectionAccess} narrows
 * them to the caller's districts. Checks come in this order, each answering before the next: token (401), role
 * (403), number and body (400), unknown application (404), district (403), If-Match (412), the step itself (409).
 * A refused request changes nothing.
 */
@Path("/api/v1/connection-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Connection applications", description = "A new connection from the application to the release")
public class ConnectionApplicationResource {

    private static final String ETAG = "The application's version as a strong entity tag, e.g. \"3\": send it as "
            + "If-Match with the next step to make sure nobody changed the application in between";
    private static final String IF_MATCH = "Optional: the ETag of the application as last read. The step is taken "
            + "only if the application is still at that version; otherwise 412 and nothing changes";
    private static final String STALE = "The application changed since the ETag in If-Match: nothing was done";
    private static final String CONFLICT = "The step is not allowed in the application's current state, named in "
            + "currentState; nothing was done";
    private static final String REGISTRATION_EXAMPLE = """
            {"applicantType": "TENANT", "name": "Ramesh Kumar", "category": "DS", "load": 5, "phases": 1,
             "areaType": "METRO", "district": "Gurugram", "address": "H.No. 12, Sector 43, Gurugram",
             "premisesSqYd": 120, "authorisedArea": true, "phone": "9876543210", "language": "hi",
             "documents": [
               {"type": "AA_FORM", "referenceNumber": "AA-2026-0042", "issuedBy": "DHBVN"},
               {"type": "PHOTOGRAPH", "referenceNumber": "PH-1", "issuedBy": "applicant"},
               {"type": "HOUSE_TAX_NOTICE", "referenceNumber": "HT/43/1201", "issuedBy": "MC Gurugram"},
               {"type": "VOTER_CARD", "referenceNumber": "HR/01/123/456789", "issuedBy": "Election Commission of India"},
               {"type": "WIRING_TEST_REPORT", "referenceNumber": "WTR-2026-118", "issuedBy": "Sharma Electricals, licence 4411"},
               {"type": "OWNER_CONSENT", "referenceNumber": "SP-88121", "issuedBy": "Sub-registrar Gurugram"},
               {"type": "INDEMNITY_BOND", "referenceNumber": "SP-88122", "issuedBy": "Sub-registrar Gurugram"}]}""";

    private final ConnectionService service;
    private final ConnectionQueries queries;
    private final DocumentChecklist checklist;
    private final Charges charges;
    private final ObjectMapper json;
    private final SignedIn signedIn;

    @Inject
    public ConnectionApplicationResource(ConnectionService service, ConnectionQueries queries,
                                         DocumentChecklist checklist, Charges charges, ObjectMapper json,
                                         SignedIn signedIn) {
        this.service = service;
        this.queries = queries;
        this.checklist = checklist;
        this.charges = charges;
        this.json = json;
        this.signedIn = signedIn;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.ADMIN, Roles.CRO})
    @Operation(summary = "Register an application for a new or temporary connection",
            description = "201 with the application number (13 digits starting with 5) and the due time of the demand "
                    + "note. An application without a document of its checklist, or with a document type the category "
                    + "does not accept, is a 400 naming each slot. A retried request with the same Idempotency-Key "
                    + "gets the first answer. Agents register in every district, a CRO in their own.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "tenant, DS 5 kW", value = REGISTRATION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    public Response register(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response")
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 100) @PlainText String idempotencyKey,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.RegisterApplication body) throws JsonProcessingException {
        Actor actor = signedIn.actor();
        String district = body.district().strip();
        ConnectionAccess.CONSUMER_CONTACT.require(actor, "an application in " + district, district, null);
        LoadUnit unit = checkRegistration(body);
        var command = new RegisterApplication(null,
                body.requestType() == null ? ConnectionRequestTypes.NEW_CONNECTION : body.requestType(),
                body.applicantType(), body.name().strip(), body.category(), body.load(), unit, body.phases(),
                body.areaType(), district, body.address().strip(), body.premisesSqYd(), body.authorisedArea(),
                Requests.normalisePhone(body.phone()), body.language() == null ? Language.ENGLISH : body.language(),
                Requests.submitted(body.documents()), actedBy(actor), Instant.now());
        // The same key from another caller is another request: nobody gets an answer meant for someone else.
        String fingerprint = idempotencyKey == null ? null : actor.id() + "\n" + json.writeValueAsString(body);
        ConnectionService.Reply reply = service.register(command, idempotencyKey, fingerprint, correlation(correlationId));
        return Response.status(reply.status()).type(MediaType.APPLICATION_JSON).entity(reply.body())
                .header(HttpHeaders.ETAG, IfMatch.entityTag(reply.version())).build();
    }

    /** Everything the field constraints cannot see, all at once; the load's unit as the category has it. */
    private LoadUnit checkRegistration(Requests.RegisterApplication body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LoadUnit unit = body.category() == ConnectionCategory.HT ? LoadUnit.KVA : LoadUnit.KW;
        if (body.loadUnit() != null && body.loadUnit() != unit) {
            errors.add(new Problem.FieldError("loadUnit", "a " + body.category() + " load is in " + unit));
        }
        try {
            // The demand note will price what is registered now: what cannot be priced is refused now.
            charges.quote(new QuoteSubject(body.category(),
                    ConnectionRequestTypes.TEMPORARY_CONNECTION.equals(body.requestType()), body.load(), unit,
                    body.phases(), body.authorisedArea(), body.premisesSqYd()), LocalDate.now(ChargeSchedule.TARIFF_ZONE));
        } catch (InvalidQuoteException e) {
            e.problems().forEach(problem -> errors.add(new Problem.FieldError(problem.field(), problem.message())));
        }
        DocumentCheck check = checklist.checkApplication(body.category(), body.applicantType(),
                body.documents().stream().map(Requests.Document::type).toList());
        DocumentErrors.add(check, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return unit;
    }

    @GET
    @Path("/{applicationNumber}")
    @RolesAllowed({Roles.AGENT, Roles.INTEGRATION, Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD,
            Roles.ENGINEER})
    @Operation(summary = "The current state of an application: status, due time, documents, demand note, payments, release")
    @APIResponse(responseCode = "200", description = "The application", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    public RestResponse<ConnectionApplication> get(@PathParam("applicationNumber") @PlainText String applicationNumber) {
        return tagged(readable(applicationNumber));
    }

    @GET
    @Path("/{applicationNumber}/history")
    @RolesAllowed({Roles.AGENT, Roles.INTEGRATION, Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD,
            Roles.ENGINEER})
    @Operation(summary = "Every event of an application, oldest first, each naming who took the step (by, byName, byRole)")
    public List<ConnectionQueries.HistoryEntry> history(@PathParam("applicationNumber") @PlainText String applicationNumber) {
        return queries.history(readable(applicationNumber).applicationNumber());
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.INTEGRATION, Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD,
            Roles.ENGINEER})
    @Operation(summary = "Find applications", description = "Newest first; every filter is optional. Officers and "
            + "engineers see their districts' applications (a district filter outside them: 403).")
    public ConnectionQueries.SummaryPage<ConnectionQueries.ApplicationSummary> list(
            @QueryParam("status") @PlainText String status,
            @QueryParam("district") @PlainText @Size(max = 60) String district,
            @QueryParam("phone") @PlainText String phone,
            @QueryParam("page") @DefaultValue("0") @PlainText String page,
            @QueryParam("size") @DefaultValue("20") @PlainText String size) {
        Actor actor = signedIn.actor();
        ConnectionAccess.READ.requireDistrict(actor, district);
        List<Problem.FieldError> errors = new ArrayList<>();
        ApplicationStatus wanted = QueryValues.enumValue("status", status, ApplicationStatus.class, false, errors);
        String mobile = QueryValues.mobile("phone", phone, errors);
        int pageNumber = QueryParameters.wholeNumber("page", page, 0, 100_000, errors);
        int pageSize = QueryParameters.wholeNumber("size", size, 1, 100, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<String> visible = ConnectionAccess.READ.coversEverything(actor) ? null : actor.districts();
        return queries.applications(new ConnectionQueries.Filter(wanted == null ? null : wanted.name(), district,
                mobile, null, visible), pageNumber, pageSize);
    }

    @POST
    @Path("/{applicationNumber}/documents-verification")
    @RolesAllowed({Roles.ADMIN, Roles.CRO, Roles.CSM})
    @Operation(summary = "The documents match the originals; the clock runs on")
    @APIResponse(responseCode = "200", description = "The application's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<ConnectionApplication> verifyDocuments(
            @PathParam("applicationNumber") @PlainText String applicationNumber,
            @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.Verification body) {
        return step(applicationNumber, ifMatch, correlationId, ConnectionAccess.OFFICE, current -> List.of(),
                (n, by) -> new VerifyDocuments(n, body.remarks(), by, Instant.now()));
    }

    @POST
    @Path("/{applicationNumber}/deficiency")
    @RolesAllowed({Roles.ADMIN, Roles.CRO, Roles.CSM})
    @Operation(summary = "Tell the applicant what is missing; the clock stops until they resubmit",
            description = "missing names slots of the application's checklist (400 for any other)")
    @APIResponse(responseCode = "200", description = "The application's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<ConnectionApplication> noteDeficiency(
            @PathParam("applicationNumber") @PlainText String applicationNumber,
            @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.Deficiency body) {
        return step(applicationNumber, ifMatch, correlationId, ConnectionAccess.OFFICE,
                current -> slotErrors(current, body.missing()),
                (n, by) -> new NoteDeficiency(n, List.copyOf(body.missing()), body.remarks(), by, Instant.now()));
    }

    @POST
    @Path("/{applicationNumber}/resubmission")
    @RolesAllowed({Roles.AGENT, Roles.ADMIN, Roles.CRO})
    @Operation(summary = "The applicant hands in what the deficiency notice asked for; the clock runs again, the due "
            + "time moved by the time it stood still",
            description = "The documents must fill every slot of the notice (400 naming what is still missing)")
    @APIResponse(responseCode = "200", description = "The application's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<ConnectionApplication> resubmit(
            @PathParam("applicationNumber") @PlainText String applicationNumber,
            @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.Resubmission body) {
        return step(applicationNumber, ifMatch, correlationId, ConnectionAccess.CONSUMER_CONTACT,
                current -> resubmissionErrors(current, body.documents()),
                (n, by) -> new ResubmitDocuments(n, Requests.submitted(body.documents()), by, Instant.now()));
    }

    @POST
    @Path("/{applicationNumber}/inspection")
    @RolesAllowed({Roles.ADMIN, Roles.ENGINEER})
    @Operation(summary = "The field engineer's finding at the site",
            description = "FEASIBLE keeps the due time; NEEDS_EXTENSION switches to the network-extension limit; "
                    + "NOT_FEASIBLE rejects the application with the remarks as the reason")
    @APIResponse(responseCode = "200", description = "The application's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<ConnectionApplication> inspect(
            @PathParam("applicationNumber") @PlainText String applicationNumber,
            @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.Inspection body) {
        return step(applicationNumber, ifMatch, correlationId, ConnectionAccess.FIELD, current -> List.of(),
                (n, by) -> new InspectSite(n, body.outcome(), body.remarks().strip(), by, Instant.now()));
    }

    @POST
    @Path("/{applicationNumber}/demand-note")
    @RolesAllowed({Roles.ADMIN, Roles.CRO, Roles.CSM})
    @Operation(summary = "Issue the demand note: the itemised charges in force today, with their version",
            description = "The clock waits for the payment. An HT deposit may be paid in two instalments.")
    @APIResponse(responseCode = "200", description = "The application's new state with demandNote", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<ConnectionApplication> issueDemandNote(
            @PathParam("applicationNumber") @PlainText String applicationNumber,
            @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.DemandNote body) {
        return step(applicationNumber, ifMatch, correlationId, ConnectionAccess.OFFICE, current -> List.of(),
                (n, by) -> new IssueDemandNote(n, by, Instant.now()));
    }

    @POST
    @Path("/{applicationNumber}/payments")
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @Operation(summary = "The payment gateway confirms a payment against the demand note",
            description = "Idempotent on gatewayTransactionId: the same confirmation again answers 200 with the "
                    + "state as it is and records nothing. An amount other than the next instalment or the whole "
                    + "balance is a 409. Paid in full, the release's clock starts.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "DS 5 kW in full", value = "{\"gatewayTransactionId\": \"pay_Nx81Qz7\", \"amount\": 3205}")))
    @APIResponse(responseCode = "200", description = "The application's state after the payment", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "409", description = "The amount is not what is due, or no demand note awaits payment; currentState names the state")
    public RestResponse<ConnectionApplication> pay(
            @PathParam("applicationNumber") @PlainText String applicationNumber,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.Payment body) {
        return step(applicationNumber, null, correlationId, ConnectionAccess.PAYMENT, current -> List.of(),
                (n, by) -> new ReceivePayment(n, body.gatewayTransactionId(), body.amount(), by, Instant.now()));
    }

    @POST
    @Path("/{applicationNumber}/ready-for-release")
    @RolesAllowed({Roles.ADMIN, Roles.ENGINEER})
    @Operation(summary = "The meter is installed and the wiring test report received")
    @APIResponse(responseCode = "200", description = "The application's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<ConnectionApplication> readyForRelease(
            @PathParam("applicationNumber") @PlainText String applicationNumber,
            @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.ReadyForRelease body) {
        return step(applicationNumber, ifMatch, correlationId, ConnectionAccess.FIELD, current -> List.of(),
                (n, by) -> new MarkReadyForRelease(n, body.testReportReference().strip(), body.remarks(), by,
                        Instant.now()));
    }

    @POST
    @Path("/{applicationNumber}/release")
    @RolesAllowed({Roles.ADMIN, Roles.ENGINEER, Roles.CRO, Roles.CSM})
    @Operation(summary = "Release the connection: the consumer gets a consumer number (10 digits starting with 8)")
    @APIResponse(responseCode = "200", description = "The application's new state with release.consumerNumber", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<ConnectionApplication> release(
            @PathParam("applicationNumber") @PlainText String applicationNumber,
            @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.Release body) {
        Requests.Officer manager = body.relationshipManager();
        Officer relationshipManager = manager == null ? null
                : new Officer(manager.id().strip(), manager.name().strip(), Requests.normalisePhone(manager.phone()));
        return step(applicationNumber, ifMatch, correlationId, ConnectionAccess.RELEASE, current -> List.of(),
                (n, by) -> new ReleaseConnection(n, service.nextConsumerNumber(), relationshipManager, by, Instant.now()));
    }

    @POST
    @Path("/{applicationNumber}/withdrawal")
    @RolesAllowed({Roles.AGENT, Roles.ADMIN, Roles.CRO})
    @Operation(summary = "The applicant withdraws; the application ends")
    @APIResponse(responseCode = "200", description = "The application's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<ConnectionApplication> withdraw(
            @PathParam("applicationNumber") @PlainText String applicationNumber,
            @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.Ending body) {
        return step(applicationNumber, ifMatch, correlationId, ConnectionAccess.CONSUMER_CONTACT, current -> List.of(),
                (n, by) -> new WithdrawApplication(n, body.reason().strip(), by, Instant.now()));
    }

    @POST
    @Path("/{applicationNumber}/rejection")
    @RolesAllowed({Roles.ADMIN, Roles.CRO, Roles.CSM, Roles.DM})
    @Operation(summary = "Reject the application with a reason; it ends")
    @APIResponse(responseCode = "200", description = "The application's new state", headers = @Header(name = HttpHeaders.ETAG, description = ETAG))
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "412", description = STALE)
    public RestResponse<ConnectionApplication> reject(
            @PathParam("applicationNumber") @PlainText String applicationNumber,
            @Parameter(description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) @PlainText String correlationId,
            @Valid @NotNull Requests.Ending body) {
        return step(applicationNumber, ifMatch, correlationId, ConnectionAccess.REJECT, current -> List.of(),
                (n, by) -> new RejectApplication(n, body.reason().strip(), by, Instant.now()));
    }

    /** Slots that the application's checklist does not have, as 400 field errors. */
    private List<Problem.FieldError> slotErrors(ConnectionApplication current, List<String> missing) {
        List<String> slots = checklist.requiredFor(current.category(), current.applicantType()).stream()
                .map(Slot::code).toList();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < missing.size(); i++) {
            if (!slots.contains(missing.get(i))) {
                errors.add(new Problem.FieldError("missing[" + i + "]", "'" + missing.get(i)
                        + "' is not a slot of this application's checklist: " + slots));
            }
        }
        return errors;
    }

    /** Documents that fill no slot of the deficiency notice, and notice slots they leave empty. */
    private List<Problem.FieldError> resubmissionErrors(ConnectionApplication current, List<Requests.Document> documents) {
        if (current.deficiency() == null) {
            return List.of(); // no notice open: the aggregate answers 409
        }
        List<String> types = documents.stream().map(Requests.Document::type).toList();
        // Not accepted by the application's checklist at all, and notice slots that no document fills.
        DocumentCheck check = checklist.checkApplication(current.category(), current.applicantType(), types);
        List<Slot> stillMissing = checklist.requiredFor(current.category(), current.applicantType()).stream()
                .filter(slot -> current.deficiency().missing().contains(slot.code()))
                .filter(slot -> types.stream().noneMatch(slot::accepts))
                .toList();
        List<Problem.FieldError> errors = new ArrayList<>();
        DocumentErrors.add(new DocumentCheck(check.required(), stillMissing, check.notAccepted()), errors);
        return errors;
    }

    /**
     * Checks the application number and If-Match (400), then takes the step as the signed-in user if {@code rule}
     * lets them act on the application (404 for an unknown one, then 403) and {@code bodyErrors}, which may look at
     * the application, finds nothing wrong with the body (400).
     */
    private RestResponse<ConnectionApplication> step(String applicationNumber, String ifMatch, String correlationId,
                                                     AccessRule rule,
                                                     Function<ConnectionApplication, List<Problem.FieldError>> bodyErrors,
                                                     BiFunction<String, ActedBy, ApplicationCommand> command) {
        String number = checked(applicationNumber);
        IfMatch precondition = IfMatch.parse(ifMatch);
        Actor actor = signedIn.actor();
        ActedBy by = actedBy(actor);
        return tagged(service.execute(number, precondition, current -> {
            ConnectionAccess.require(rule, actor, "application " + number, current.district());
            List<Problem.FieldError> errors = bodyErrors.apply(current);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }, () -> command.apply(number, by), correlation(correlationId)));
    }

    /** The application, if the signed-in user may read it: 404 for an unknown one, then 403. */
    private ConnectionApplication readable(String applicationNumber) {
        ConnectionApplication application = queries.application(checked(applicationNumber))
                .orElseThrow(() -> new NotFoundException("application " + applicationNumber));
        ConnectionAccess.require(ConnectionAccess.READ, signedIn.actor(), "application " + applicationNumber,
                application.district());
        return application;
    }

    private static ActedBy actedBy(Actor actor) {
        return new ActedBy(actor.id(), actor.name(), actor.role());
    }

    private static RestResponse<ConnectionApplication> tagged(ConnectionApplication application) {
        return RestResponse.ResponseBuilder.ok(application)
                .header(HttpHeaders.ETAG, IfMatch.entityTag(application.version())).build();
    }

    private static String checked(String applicationNumber) {
        if (!ConnectionNumbers.isValid(ConnectionNumbers.Kind.APPLICATION, applicationNumber)) {
            throw new InvalidInputException("applicationNumber", "'" + applicationNumber + "' is not "
                    + ConnectionNumbers.Kind.APPLICATION.description() + ": " + ConnectionNumbers.LENGTH
                    + " digits starting with 5, with a correct check digit (a digit is wrong or two are swapped?)");
        }
        return applicationNumber;
    }

    private static String correlation(String header) {
        return header == null || header.isBlank() ? UUID.randomUUID().toString() : header;
    }
}
