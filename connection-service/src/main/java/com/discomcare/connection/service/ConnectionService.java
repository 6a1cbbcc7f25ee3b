package com.discomcare.connection.service;

import com.discomcare.connection.domain.ApplicationCommand;
import com.discomcare.connection.domain.ApplicationCommand.RegisterApplication;
import com.discomcare.connection.domain.ConnectionApplication;
import com.discomcare.connection.domain.ConnectionNumbers;
import com.discomcare.connection.domain.ServiceRequest;
import com.discomcare.connection.domain.ServiceRequestCommand;
import com.discomcare.connection.domain.ServiceRequestCommand.RegisterServiceRequest;
import com.discomcare.connection.repository.ConnectionKeys;
import com.discomcare.connection.repository.IdempotencyRecords;
import com.discomcare.kit.axon.AxonSetup;
import com.discomcare.kit.rest.IfMatch;
import com.discomcare.kit.rest.PreconditionFailedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns users' requests into commands on the two aggregates, each in one database transaction together with the
 * number serials, the per-request lock and the idempotency record.
 */
@ApplicationScoped
public class ConnectionService {

    /** A finished response, as stored under an idempotency key and replayed verbatim; {@code version} for the ETag. */
    public record Reply(int status, String body, long version) {
    }

    private static final ZoneId NUMBER_ZONE = ZoneId.of("Asia/Kolkata");

    private final CommandGateway commands;
    private final ConnectionKeys keys;
    private final IdempotencyRecords idempotency;
    private final ObjectMapper json;
    private final ConnectionQueries queries;

    @Inject
    public ConnectionService(CommandGateway commands, ConnectionKeys keys, IdempotencyRecords idempotency,
                             ObjectMapper json, ConnectionQueries queries) {
        this.commands = commands;
        this.keys = keys;
        this.idempotency = idempotency;
        this.json = json;
        this.queries = queries;
    }

    /** Registers an application (the command's number is still null) under a new application number. */
    public Reply register(RegisterApplication command, String idempotencyKey, String requestFingerprint,
                          String correlationId) {
        return registerOnce(idempotencyKey, requestFingerprint, () -> {
            String number = number(ConnectionNumbers.Kind.APPLICATION, command.at(), keys.nextApplicationSerial());
            ConnectionApplication registered = send(command.numbered(number), correlationId);
            return new Reply(201, json.writeValueAsString(registered), registered.version());
        });
    }

    /** Registers a service request (the command's number is still null) under a new service-request number. */
    public Reply register(RegisterServiceRequest command, String idempotencyKey, String requestFingerprint,
                          String correlationId) {
        return registerOnce(idempotencyKey, requestFingerprint, () -> {
            String number = number(ConnectionNumbers.Kind.SERVICE_REQUEST, command.at(),
                    keys.nextServiceRequestSerial());
            ServiceRequest registered = send(command.numbered(number), correlationId);
            return new Reply(201, json.writeValueAsString(registered), registered.version());
        });
    }

    /**
     * Executes a user's step on an application if {@code mayTakeIt} accepts it as it is (it throws, e.g. 403, if
     * not) and it is at a version {@code precondition} allows (412 if not); checked under the application's lock,
     * so no other step comes in between. {@code command} is built only then (a release draws its consumer number
     * from a sequence). An unknown application is left to the aggregate's repository (404).
     */
    @Transactional
    public ConnectionApplication execute(String applicationNumber, IfMatch precondition,
                                         Consumer<ConnectionApplication> mayTakeIt,
                                         Supplier<ApplicationCommand> command, String correlationId) {
        keys.lock(applicationNumber);
        queries.application(applicationNumber).ifPresent(current -> {
            mayTakeIt.accept(current);
            requireVersion(precondition, current.version(), "application");
        });
        return send(command.get(), correlationId);
    }

    /** As {@link #execute(String, IfMatch, Consumer, Supplier, String)}, for a service request. */
    @Transactional
    public ServiceRequest execute(ServiceRequestCommand command, IfMatch precondition,
                                  Consumer<ServiceRequest> mayTakeIt, String correlationId) {
        keys.lock(command.requestNumber());
        queries.serviceRequest(command.requestNumber()).ifPresent(current -> {
            mayTakeIt.accept(current);
            requireVersion(precondition, current.version(), "service request");
        });
        return send(command, correlationId);
    }

    /**
     * Consumer numbers are 10 digits: 8 and a 9-digit serial from a database sequence; a release that is refused
     * leaves a gap, as sequences do.
     */
    public String nextConsumerNumber() {
        return "8" + String.format("%09d", keys.nextConsumerSerial());
    }

    private interface Registration {
        Reply register() throws JsonProcessingException;
    }

    private Reply registerOnce(String idempotencyKey, String requestFingerprint, Registration registration) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String requestHash = idempotencyKey == null ? null : sha256(requestFingerprint);
            if (idempotencyKey != null) {
                Optional<IdempotencyRecords.StoredResponse> earlier = idempotency.claim(idempotencyKey, requestHash);
                if (earlier.isPresent()) {
                    if (!earlier.get().requestHash().equals(requestHash)) {
                        throw new IdempotencyKeyReusedException(idempotencyKey);
                    }
                    String body = earlier.get().body();
                    return new Reply(earlier.get().status(), body, json.readTree(body).path("version").asLong());
                }
            }
            Reply reply = registration.register();
            if (idempotencyKey != null) {
                idempotency.complete(idempotencyKey, reply.status(), reply.body());
            }
            return reply;
        });
    }

    private static void requireVersion(IfMatch precondition, long version, String what) {
        if (precondition != IfMatch.ANY && !precondition.allows(version)) {
            throw new PreconditionFailedException("the " + what + " is at version " + version + " (ETag "
                    + IfMatch.entityTag(version) + "), not at one that If-Match names: someone changed it since "
                    + "you read it; read it again and decide", version);
        }
    }

    private static String number(ConnectionNumbers.Kind kind, Instant at, long serial) {
        return ConnectionNumbers.format(kind, at.atZone(NUMBER_ZONE).getYear(), serial);
    }

    private <R> R send(Object command, String correlationId) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(AxonSetup.CORRELATION_ID, correlationId)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
