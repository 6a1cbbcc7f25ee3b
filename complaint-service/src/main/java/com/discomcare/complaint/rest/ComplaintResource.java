package com.discomcare.complaint.rest;

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
import com.discomcare.kit.rest.InvalidInputException;
import com.discomcare.kit.rest.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.discomcare.kit.rest.QueryParameters;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "Registration and the life of a complaint, from the call to closure")
public class ComplaintResource {

    private static final Pattern MOBILE = Pattern.compile(Requests.MOBILE);

    private final ComplaintService service;
    private final ComplaintQueries queries;
    private final ObjectMapper json;

    @Inject
    public ComplaintResource(ComplaintService service, ComplaintQueries queries, ObjectMapper json) {
        this.service = service;
        this.queries = queries;
        this.json = json;
    }

    @POST
    @Operation(summary = "Register a complaint",
            description = "201 with the new complaint's request number, status and due time. A consumer who already "
                    + "has an open complaint of the same category gets 200 with that complaint and \"duplicate\": true; "
                    + "the call is counted on it. A retried request with the same Idempotency-Key gets the first answer.")
    public Response register(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response")
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 100) String idempotencyKey,
            @HeaderParam("X-Correlation-Id") @Size(max = 100) String correlationId,
            @Valid @NotNull Requests.Register body) throws JsonProcessingException {
        Instant now = Instant.now();
        var command = new RegisterComplaint(null, body.consumerNumber(), body.name().strip(),
                Requests.normalisePhone(body.phone()), body.category(), body.areaType(), body.district().strip(),
                body.address().strip(), body.description().strip(), body.channel(),
                body.language() == null ? Language.ENGLISH : body.language(),
                body.agentId() == null ? body.channel().name() : body.agentId(), now);
        String fingerprint = idempotencyKey == null ? null : json.writeValueAsString(body);
        ComplaintService.Reply reply = service.register(command, idempotencyKey, fingerprint, correlation(correlationId));
        return Response.status(reply.status()).type(MediaType.APPLICATION_JSON).entity(reply.body()).build();
    }

    @GET
    @Path("/{requestNumber}")
    @Operation(summary = "The current state of a complaint")
    public Complaint get(@PathParam("requestNumber") String requestNumber) {
        return queries.complaint(checked(requestNumber))
                .orElseThrow(() -> new ComplaintNotFoundException(requestNumber));
    }

    @GET
    @Path("/{requestNumber}/history")
    @Operation(summary = "Every event of a complaint, oldest first")
    public List<ComplaintQueries.HistoryEntry> history(@PathParam("requestNumber") String requestNumber) {
        List<ComplaintQueries.HistoryEntry> history = queries.history(checked(requestNumber));
        if (history.isEmpty()) {
            throw new ComplaintNotFoundException(requestNumber);
        }
        return history;
    }

    @GET
    @Operation(summary = "Find complaints", description = "Newest first; every filter is optional")
    public ComplaintQueries.SummaryPage list(@QueryParam("status") String status,
                                             @QueryParam("district") String district,
                                             @QueryParam("consumerNumber") String consumerNumber,
                                             @QueryParam("phone") String phone,
                                             @QueryParam("page") @DefaultValue("0") String page,
                                             @QueryParam("size") @DefaultValue("20") String size) {
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
                Requests.normalisePhone(phone)), pageNumber, pageSize);
    }

    @POST
    @Path("/{requestNumber}/assignment")
    @Operation(summary = "Assign the complaint to a field engineer (or reassign it)")
    public Complaint assign(@PathParam("requestNumber") String requestNumber,
                            @HeaderParam("X-Correlation-Id") @Size(max = 100) String correlationId,
                            @Valid @NotNull Requests.Assign body) {
        return step(requestNumber, correlationId, (rn) -> new AssignComplaint(rn, body.engineerId(),
                body.engineerName(), Requests.normalisePhone(body.engineerPhone()), body.by(), Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/site-visit")
    @Operation(summary = "The assigned engineer reports being on site")
    public Complaint siteVisit(@PathParam("requestNumber") String requestNumber,
                               @HeaderParam("X-Correlation-Id") @Size(max = 100) String correlationId,
                               @Valid @NotNull Requests.SiteVisit body) {
        return step(requestNumber, correlationId, rn -> new StartSiteVisit(rn, body.remarks(), body.by(), Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/resolution")
    @Operation(summary = "Resolve the complaint with a resolution code and remarks")
    public Complaint resolve(@PathParam("requestNumber") String requestNumber,
                             @HeaderParam("X-Correlation-Id") @Size(max = 100) String correlationId,
                             @Valid @NotNull Requests.Resolution body) {
        return step(requestNumber, correlationId, rn -> new ResolveComplaint(rn, body.resolutionCode(),
                body.remarks(), body.by(), Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/closure")
    @Operation(summary = "Close a resolved complaint")
    public Complaint close(@PathParam("requestNumber") String requestNumber,
                           @HeaderParam("X-Correlation-Id") @Size(max = 100) String correlationId,
                           @Valid @NotNull Requests.Closure body) {
        return step(requestNumber, correlationId, rn -> new CloseComplaint(rn, body.remarks(), body.by(), Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/reopening")
    @Operation(summary = "Reopen a resolved or closed complaint within the reopening window; the clock starts anew")
    public Complaint reopen(@PathParam("requestNumber") String requestNumber,
                            @HeaderParam("X-Correlation-Id") @Size(max = 100) String correlationId,
                            @Valid @NotNull Requests.Reopening body) {
        return step(requestNumber, correlationId, rn -> new ReopenComplaint(rn, body.reason(), body.by(), Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/feedback")
    @Operation(summary = "Record the consumer's rating (1-5) after resolution")
    public Complaint feedback(@PathParam("requestNumber") String requestNumber,
                              @HeaderParam("X-Correlation-Id") @Size(max = 100) String correlationId,
                              @Valid @NotNull Requests.Feedback body) {
        return step(requestNumber, correlationId, rn -> new GiveFeedback(rn, body.rating(), body.comment(), body.by(),
                Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/pause")
    @Operation(summary = "Stop the regulatory clock (consumer not available, road-digging permission awaited)")
    public Complaint pause(@PathParam("requestNumber") String requestNumber,
                           @HeaderParam("X-Correlation-Id") @Size(max = 100) String correlationId,
                           @Valid @NotNull Requests.Pause body) {
        return step(requestNumber, correlationId, rn -> new PauseComplaint(rn, body.reason(), body.remarks(), body.by(),
                Instant.now()));
    }

    @POST
    @Path("/{requestNumber}/resume")
    @Operation(summary = "Start the clock again; the due time moves later by the paused span")
    public Complaint resume(@PathParam("requestNumber") String requestNumber,
                            @HeaderParam("X-Correlation-Id") @Size(max = 100) String correlationId,
                            @Valid @NotNull Requests.Resume body) {
        return step(requestNumber, correlationId, rn -> new ResumeComplaint(rn, body.by(), Instant.now()));
    }

    private Complaint step(String requestNumber, String correlationId, Function<String, ComplaintCommand> command) {
        return service.execute(command.apply(checked(requestNumber)), correlation(correlationId));
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
