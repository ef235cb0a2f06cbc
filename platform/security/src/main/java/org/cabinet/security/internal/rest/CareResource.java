package org.cabinet.security.internal.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cabinet.api.rest.CabinetRest;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.api.security.AccessControl;
import org.cabinet.api.security.BreakGlassGrant;
import org.cabinet.api.security.CareTeams;
import org.cabinet.security.internal.users.Problems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Care relationships over HTTP: {@code /api/care-teams/{patientId}} (who cares for a patient) and
 * {@code POST /api/break-glass} (emergency access with a written reason).
 */
@Component(service = CareResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public final class CareResource {

    /** A care team. */
    public record CareTeam(String patientId, List<String> members) {
    }

    /** A request for emergency access. */
    public record BreakGlassRequest(String patientId, String reason) {
    }

    /** A granted emergency access. */
    public record BreakGlassAnswer(String id, String patientId, Instant grantedAt, Instant expiresAt) {
    }

    private final CareTeams teams;
    private final AccessControl access;

    @Activate
    public CareResource(@Reference CareTeams teams, @Reference AccessControl access) {
        this.teams = teams;
        this.access = access;
    }

    @GET
    @Path("care-teams/{patientId}")
    public CareTeam team(@PathParam("patientId") String patientId) {
        return new CareTeam(patientId, teams.members(patientId(patientId)));
    }

    @PUT
    @Path("care-teams/{patientId}/members/{userId}")
    public CareTeam join(@PathParam("patientId") String patientId, @PathParam("userId") String userId) {
        try {
            teams.add(patientId(patientId), userId);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("userId", "Only an active practitioner (gp, midwife, nurse) joins a care team.",
                    "Seul un praticien actif (médecin, sage-femme, infirmier) rejoint une équipe de soins.");
        }
        return team(patientId);
    }

    @DELETE
    @Path("care-teams/{patientId}/members/{userId}")
    public CareTeam leave(@PathParam("patientId") String patientId, @PathParam("userId") String userId) {
        teams.remove(patientId(patientId), userId);
        return team(patientId);
    }

    @POST
    @Path("break-glass")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response breakGlass(BreakGlassRequest request) {
        BreakGlassRequest body = UserResource.body(request);
        BreakGlassGrant grant;
        try {
            grant = access.breakGlass(patientId(body.patientId()), body.reason());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "invalid-reason",
                    "Break-glass needs a written reason of 10 to 1000 characters.",
                    "L'accès d'urgence demande un motif écrit de 10 à 1000 caractères.");
        }
        return Response.created(URI.create(CabinetRest.APPLICATION_BASE + "/break-glass/" + grant.id()))
                .entity(new BreakGlassAnswer(grant.id(), grant.patientId(), grant.grantedAt(), grant.expiresAt()))
                .build();
    }

    private static String patientId(String id) {
        if (id == null || !id.matches("[\\p{Alnum}._:@/\\-]{1,128}")) {
            throw Problems.invalid("patientId", "A patient id is Cabinet's internal id (letters, digits, . _ : @ / -).",
                    "Un identifiant de patient est l'identifiant interne de Cabinet (lettres, chiffres, . _ : @ / -).");
        }
        return id;
    }
}
