package org.cabinet.records.internal.encounter;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cabinet.api.rest.CabinetRest;
import org.cabinet.records.internal.rest.Page;
import org.cabinet.records.internal.rest.Paging;
import org.cabinet.records.internal.rest.Versions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/patients/{patientId}/encounters}: consultations, home visits, teleconsultations. */
@Component(service = EncounterResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("patients/{patientId}/encounters")
@Produces(MediaType.APPLICATION_JSON)
public final class EncounterResource {

    private final EncounterService encounters;

    @Activate
    public EncounterResource(@Reference EncounterService encounters) {
        this.encounters = encounters;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("patientId") String patientId, EncounterInput input) {
        EncounterView created = encounters.create(patientId, input);
        return Response.created(URI.create("encounters/" + created.id()))
                .tag(Versions.tag(created.id(), created.version())).entity(created).build();
    }

    /** @return the patient's encounters, latest first */
    @GET
    public Page<EncounterView> list(@PathParam("patientId") String patientId, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return encounters.list(patientId, Paging.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public Response find(@PathParam("patientId") String patientId, @PathParam("id") String id) {
        EncounterView encounter = encounters.find(patientId, id);
        return Response.ok(encounter).tag(Versions.tag(encounter.id(), encounter.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("patientId") String patientId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, EncounterInput input) {
        EncounterView changed = encounters.update(patientId, id, Versions.expected(id, ifMatch), input);
        return Response.ok(changed).tag(Versions.tag(changed.id(), changed.version())).build();
    }
}
