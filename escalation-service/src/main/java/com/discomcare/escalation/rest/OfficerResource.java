package com.discomcare.escalation.rest;

import com.discomcare.contracts.escalation.Officer;
import com.discomcare.contracts.escalation.OfficerRole;
import com.discomcare.escalation.roster.DatabaseRoster;
import com.discomcare.kit.logging.PhoneNumbers;
import com.discomcare.kit.rest.InvalidInputException;
import com.discomcare.kit.rest.PlainText;
import com.discomcare.kit.rest.ResourceNotFoundException;
import com.discomcare.kit.security.Actor;
import com.discomcare.kit.security.Roles;
import com.discomcare.kit.security.SignedIn;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Locale;
import java.util.Map;

@Path("/api/v1/officers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Officers", description = "The roster: who holds each tier per district and circle, and each district's "
        + "relationship manager; edits apply to later escalations")
public class OfficerResource {

    private static final Logger LOG = Logger.getLogger(OfficerResource.class);

    private static final Map<String, OfficerRole> DISTRICT_ROLES = Map.of(
            "cro", OfficerRole.CUSTOMER_RELATIONS_OFFICER,
            "csm", OfficerRole.CUSTOMER_SERVICE_MANAGER,
            "dm", OfficerRole.DISTRICT_MANAGER,
            "rm", OfficerRole.RELATIONSHIP_MANAGER);

    public record OfficerRequest(
            @Schema(examples = "CSM-GGN") @NotBlank @Size(max = 40) @PlainText String id,
            @Schema(examples = "Vikram Yadav") @NotBlank @Size(max = 100) @PlainText String name,
            @Schema(examples = "9810000012") @NotNull
            @Pattern(regexp = "^[6-9][0-9]{9}$", message = "must be a 10-digit mobile number starting with 6-9")
            @PlainText String phone,
            @Schema(description = "The district's circle; required the first time a district is named", examples = "Gurugram Circle")
            @Size(max = 60) @PlainText String circle) {
    }

    private final DatabaseRoster roster;
    private final SignedIn signedIn;

    @Inject
    public OfficerResource(DatabaseRoster roster, SignedIn signedIn) {
        this.roster = roster;
        this.signedIn = signedIn;
    }

    /** Every member of staff may look up who holds a tier; machine callers have no use for the roster. */
    @GET
    @Transactional
    @RolesAllowed({Roles.AGENT, Roles.CRO, Roles.ENGINEER, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD, Roles.ADMIN})
    @Operation(summary = "The roster: a district's officers and its circle head, or everyone without a district")
    public List<DatabaseRoster.Entry> list(@QueryParam("district") @PlainText @Size(max = 60) String district) {
        List<DatabaseRoster.Entry> entries = roster.entries(district);
        if (district != null && entries.isEmpty() && roster.circleOf(district).isEmpty()) {
            throw new ResourceNotFoundException("no district " + district + " on the roster");
        }
        return entries;
    }

    @PUT
    @Path("/districts/{district}/{role}")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Name the CRO, CSM, DM or relationship manager (role cro, csm, dm or rm) of a district")
    public DatabaseRoster.Entry putDistrictOfficer(@PathParam("district") @PlainText String district,
                                                   @PathParam("role") @PlainText String role,
                                                   @Valid @NotNull OfficerRequest body) {
        OfficerRole officerRole = DISTRICT_ROLES.get(role.toLowerCase(Locale.ROOT));
        if (officerRole == null) {
            throw new InvalidInputException("role", "must be cro, csm, dm or rm");
        }
        if (district.isBlank() || district.length() > 60) {
            throw new InvalidInputException("district", "must be 1-60 characters");
        }
        if (body.circle() != null && !body.circle().isBlank()) {
            roster.putDistrict(district, body.circle());
        } else if (roster.circleOf(district).isEmpty()) {
            throw new InvalidInputException("circle", "a new district needs its circle");
        }
        Officer officer = new Officer(body.id(), body.name(), body.phone());
        roster.putOfficer(district, officerRole, officer);
        logEdit(district, officerRole, officer);
        return new DatabaseRoster.Entry(district, officerRole, officer);
    }

    @PUT
    @Path("/circles/{circle}/head")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Name the head of a circle (the last escalation tier)")
    public DatabaseRoster.Entry putCircleHead(@PathParam("circle") @PlainText String circle,
                                              @Valid @NotNull OfficerRequest body) {
        if (circle.isBlank() || circle.length() > 60) {
            throw new InvalidInputException("circle", "must be 1-60 characters");
        }
        Officer officer = new Officer(body.id(), body.name(), body.phone());
        roster.putOfficer(circle, OfficerRole.CIRCLE_HEAD, officer);
        logEdit(circle, OfficerRole.CIRCLE_HEAD, officer);
        return new DatabaseRoster.Entry(circle, OfficerRole.CIRCLE_HEAD, officer);
    }

    /** Who changed the roster, as the token names them; the officer's phone masked, as in every log line. */
    private void logEdit(String scope, OfficerRole role, Officer officer) {
        Actor editor = signedIn.actor();
        LOG.infof("roster: %s of %s is now %s (phone %s), named by %s (%s)", role, scope, officer.id(),
                PhoneNumbers.masked(officer.phone()), editor.id(), editor.role());
    }
}
