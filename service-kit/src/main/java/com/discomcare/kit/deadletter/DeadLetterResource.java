package com.discomcare.kit.deadletter;

import com.discomcare.kit.rest.InvalidInputException;
import com.discomcare.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an operator sees of this service's dead letters, and the replay after a fix: one by id, or every pending
 * one. Errors are problem documents: 400 for a malformed id, 404 for one that is not this service's, 409 for one
 * replayed already, 503 while Kafka does not answer. Operations: for {@code admin} only.
 */
@Path("/api/v1/dead-letters")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    /** {@code <topic>:<partition>:<offset>}; a Kafka topic name has at most 249 of [a-zA-Z0-9._-], never a colon. */
    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9._-]{1,249}:\\d{1,9}:\\d{1,18}");

    @Inject
    DeadLetters deadLetters;

    public record DeadLetterList(long pending, List<DeadLetter> deadLetters) {
    }

    public record Replayed(int count, List<DeadLetter> replayed) {
    }

    @GET
    public DeadLetterList list() {
        List<DeadLetter> all = deadLetters.list();
        return new DeadLetterList(all.stream().filter(letter -> !letter.replayed()).count(), all);
    }

    @POST
    @Path("/{id}/replay")
    public DeadLetter replay(@PathParam("id") String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidInputException("id", "must be <dead-letter topic>:<partition>:<offset>, "
                    + "e.g. complaints.v1.dlq:0:42");
        }
        return deadLetters.replay(id);
    }

    @POST
    @Path("/replay")
    public Replayed replayAll() {
        List<DeadLetter> replayed = deadLetters.replayAll();
        return new Replayed(replayed.size(), replayed);
    }
}
