package com.discomcare.kit.rest;

import com.discomcare.kit.runtime.KitConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error a service's API answers, as application/problem+json. A 500 is a bug and is logged with its cause.
 * No token or a token that does not verify is 401, a caller whose role or district does not allow the step
 * ({@link ForbiddenException}) 403. A service's own exceptions extend {@link ResourceNotFoundException} (404),
 * {@link StateConflictException} (409),
 * {@link UnprocessableRequestException} (422) or {@link PreconditionFailedException} (412), or are
 * {@link InvalidInputException}s (400). Axon's exceptions do not name the aggregate, so each service names it in
 * {@code service-kit.problem.aggregate-name} and {@code service-kit.problem.aggregate-id-name} (e.g. "complaint"
 * and "request number"). Failures outside JAX-RS are {@link HttpProblems}' part.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    ObjectMapper json;

    @Inject
    UriInfo uri;

    @Inject
    KitConfig config;

    @ServerExceptionMapper
    public Response invalidBody(ResteasyReactiveViolationException e) {
        return violations(e);
    }

    @ServerExceptionMapper
    public Response invalidArguments(ConstraintViolationException e) {
        return violations(e);
    }

    private Response violations(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return invalid(errors);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return invalid(e.errors());
    }

    // Quarkus picks the mapper of the most specific type, and ships its own for MismatchedInputException.
    @ServerExceptionMapper
    public Response unbindableBody(MismatchedInputException e) {
        return unreadableBody(e);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return invalid(List.of(new Problem.FieldError(field, mismatchMessage(mismatch))));
        }
        return problem(400, "Malformed request", "the body is not valid JSON: " + e.getOriginalMessage(), null, null);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return signInFirst();
    }

    /** A token that is expired, badly signed or from another issuer: the same answer as none. */
    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return signInFirst();
    }

    /** The identity provider cannot be reached to check a token: neither the caller's fault nor a bug here. */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e) {
        LOG.warnf("cannot check an access token: %s", e.getMessage());
        return Response.fromResponse(problem(503, "Sign-in unavailable",
                        "the identity provider cannot be reached to check the token; try again shortly", null, null))
                .header(HttpHeaders.RETRY_AFTER, "10")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "your role may not take this step" : e.getMessage();
        return problem(403, "Forbidden", detail, null, null);
    }

    private Response signInFirst() {
        return Response.fromResponse(problem(401, "Unauthorized",
                        "sign in first: send an access token as 'Authorization: Bearer <token>'", null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(AggregateNotFoundException e) {
        return problem(404, "Not found", "no " + config.problem().aggregateName() + " with "
                + config.problem().aggregateIdName() + " "
                + e.getAggregateIdentifier(), null, null);
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e) {
        return problem(404, "Not found", e.getMessage(), null, null);
    }

    @ServerExceptionMapper
    public Response stateConflict(StateConflictException e) {
        return problem(409, e.title(), e.getMessage(), e.currentState(), null);
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e) {
        return Response.fromResponse(problem(412, "Precondition failed", e.getMessage(), null, null))
                .header(HttpHeaders.ETAG, IfMatch.entityTag(e.currentVersion()))
                .build();
    }

    @ServerExceptionMapper
    public Response concurrentChange(ConcurrencyException e) {
        return problem(409, "Changed concurrently", "the " + config.problem().aggregateName()
                + " was changed by someone else at the "
                + "same moment; read it again and retry", null, null);
    }

    @ServerExceptionMapper
    public Response unprocessable(UnprocessableRequestException e) {
        return problem(422, e.title(), e.getMessage(), null, null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable);
        }
        int status = e.getResponse().getStatus();
        return problem(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), null, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("unexpected failure", e);
        return problem(500, "Internal error", "the request failed on our side; it has been logged", null, null);
    }

    private Response invalid(List<Problem.FieldError> errors) {
        return problem(400, "Invalid request", errors.size() == 1 ? "1 field is invalid"
                : errors.size() + " fields are invalid", null, errors);
    }

    private Response problem(int status, String title, String detail, String currentState,
                             List<Problem.FieldError> errors) {
        var body = new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath(),
                currentState, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private String mismatchMessage(MismatchedInputException e) {
        if (e instanceof ActorInBodyException actorInBody) {
            return ActorInBodyException.REASON + actorInBody.field();
        }
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants())
                    .map(constant -> json.valueToTree(constant).asText())
                    .collect(Collectors.joining(", "));
            return "must be one of: " + allowed;
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not a valid " + (target == null ? "value" : target.getSimpleName());
        }
        return "has the wrong type" + (target == null ? "" : ": expected " + target.getSimpleName());
    }

    /** "register.body.phone" names the field "phone"; a query or header parameter keeps its own name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            names.add(node.getName());
        }
        if (names.size() > 2) {
            return String.join(".", names.subList(2, names.size()));
        }
        return names.get(names.size() - 1);
    }
}
