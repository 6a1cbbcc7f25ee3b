package com.discomcare.complaint.service;

import com.discomcare.complaint.directory.ConsumerCheck;
import com.discomcare.complaint.domain.Complaint;
import com.discomcare.complaint.domain.ComplaintCommand;
import com.discomcare.complaint.domain.ComplaintCommand.RecordRepeatCall;
import com.discomcare.complaint.domain.ComplaintCommand.RegisterComplaint;
import com.discomcare.complaint.domain.RequestNumbers;
import com.discomcare.complaint.repository.ComplaintKeys;
import com.discomcare.complaint.repository.IdempotencyRecords;
import com.discomcare.contracts.escalation.Officer;
import com.discomcare.kit.axon.AxonSetup;
import com.discomcare.kit.rest.IfMatch;
import com.discomcare.kit.rest.PreconditionFailedException;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns users' requests into commands on the Complaint aggregate, each in one database transaction together with
 * the request-number serial, the open-complaint index and the idempotency record.
 */
@ApplicationScoped
public class ComplaintService {

    /**
     * What POST /complaints answers: the complaint, whether the call repeated an open complaint, and what the
     * consumer directory said of the consumer number ({@link ConsumerCheck.Result}).
     */
    public record Registration(@JsonUnwrapped Complaint complaint, boolean duplicate, Boolean consumerKnown,
                               List<String> notes, Officer relationshipManager) {

        Registration(Complaint complaint, boolean duplicate, ConsumerCheck.Result consumer) {
            this(complaint, duplicate, consumer.consumerKnown(), consumer.notes(), consumer.relationshipManager());
        }
    }

    /**
     * A finished response, as stored under an idempotency key and replayed verbatim; {@code version} is the
     * complaint's version in it, for the ETag.
     */
    public record Reply(int status, String body, long version) {
    }

    private static final ZoneId REQUEST_NUMBER_ZONE = ZoneId.of("Asia/Kolkata");
    private static final String UNIQUE_VIOLATION = "23505";

    private final CommandGateway commands;
    private final ComplaintKeys keys;
    private final IdempotencyRecords idempotency;
    private final ObjectMapper json;
    private final ComplaintQueries queries;

    @Inject
    public ComplaintService(CommandGateway commands, ComplaintKeys keys, IdempotencyRecords idempotency,
                            ObjectMapper json, ComplaintQueries queries) {
        this.commands = commands;
        this.keys = keys;
        this.idempotency = idempotency;
        this.json = json;
        this.queries = queries;
    }

    /**
     * Registers a complaint (the command's request number is still null), or records a repeat call on the
     * consumer's open complaint of the same category. {@code requestFingerprint} identifies the request's content
     * for the idempotency check; it is null without an idempotency key.
     */
    public Reply register(RegisterComplaint command, ConsumerCheck.Result consumer, String idempotencyKey,
                          String requestFingerprint, String correlationId) {
        try {
            return QuarkusTransaction.requiringNew().call(
                    () -> registerInTransaction(command, consumer, idempotencyKey, requestFingerprint, correlationId));
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // A concurrent registration for the same consumer and category won: this call is now its repeat.
            return QuarkusTransaction.requiringNew().call(
                    () -> registerInTransaction(command, consumer, idempotencyKey, requestFingerprint, correlationId));
        }
    }

    private Reply registerInTransaction(RegisterComplaint command, ConsumerCheck.Result consumer,
                                        String idempotencyKey, String requestFingerprint, String correlationId)
            throws JsonProcessingException {
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
        Optional<String> open = openComplaintOf(command);
        while (open.isPresent()) {
            // A concurrent step may resolve the open complaint meanwhile: look again once it is locked.
            keys.lockComplaint(open.get());
            Optional<String> stillOpen = openComplaintOf(command);
            if (stillOpen.equals(open)) {
                break;
            }
            open = stillOpen;
        }
        Reply reply;
        if (open.isPresent()) {
            Complaint existing = send(new RecordRepeatCall(open.get(), command.phone(), command.channel(),
                    command.by(), command.at()), correlationId);
            reply = new Reply(200, json.writeValueAsString(new Registration(existing, true, consumer)), existing.version());
        } else {
            int year = command.at().atZone(REQUEST_NUMBER_ZONE).getYear();
            String requestNumber = RequestNumbers.format(year, keys.nextSerial());
            Complaint registered = send(command.numbered(requestNumber), correlationId);
            reply = new Reply(201, json.writeValueAsString(new Registration(registered, false, consumer)),
                    registered.version());
        }
        if (idempotencyKey != null) {
            idempotency.complete(idempotencyKey, reply.status(), reply.body());
        }
        return reply;
    }

    /** Executes a step that no user asks for (an escalation recorded from Kafka) and returns the new state. */
    @Transactional
    public Complaint execute(ComplaintCommand command, String correlationId) {
        keys.lockComplaint(command.requestNumber());
        return send(command, correlationId);
    }

    /**
     * Executes a user's step if {@code mayTakeIt} accepts the complaint as it is (it throws, e.g. 403, if not) and
     * the complaint is at a version {@code precondition} allows (412 if not), and returns the new state; a refused
     * step changes nothing. Both are checked under the complaint's lock, so no other step can come between the
     * checks and this one (a reassignment cannot let the previous engineer resolve). An unknown complaint is left
     * to the aggregate's repository (404).
     */
    @Transactional
    public Complaint execute(ComplaintCommand command, IfMatch precondition, Consumer<Complaint> mayTakeIt,
                             String correlationId) {
        keys.lockComplaint(command.requestNumber());
        queries.complaint(command.requestNumber()).ifPresent(current -> {
            mayTakeIt.accept(current);
            if (precondition != IfMatch.ANY && !precondition.allows(current.version())) {
                throw new PreconditionFailedException("the complaint is at version " + current.version()
                        + " (ETag " + IfMatch.entityTag(current.version()) + "), not at one that If-Match "
                        + "names: someone changed it since you read it; read it again and decide",
                        current.version());
            }
        });
        return send(command, correlationId);
    }

    private Optional<String> openComplaintOf(RegisterComplaint command) {
        return command.consumerNumber() == null ? Optional.empty()
                : keys.openComplaintOf(command.consumerNumber(), command.category());
    }

    private Complaint send(ComplaintCommand command, String correlationId) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(AxonSetup.CORRELATION_ID, correlationId)));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
