package org.cabinet.records.internal.prescription;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
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

/**
 * Prescriptions over HTTP: {@code POST /api/prescriptions} issues one, {@code GET /api/prescriptions/{id}} reads
 * it, {@code GET /api/prescriptions?patient=&offset=&limit=} lists a patient's, {@code POST .../{id}/renewal}
 * renews one, and {@code DELETE .../{id}} with {@code If-Match} cancels one (it stays, marked cancelled).
 */
@Component(service = PrescriptionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("prescriptions")
@Produces(MediaType.APPLICATION_JSON)
public final class PrescriptionResource {

    private final PrescriptionService prescriptions;

    @Activate
    public PrescriptionResource(@Reference PrescriptionService prescriptions) {
        this.prescriptions = prescriptions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PrescriptionRequest request) {
        return created(prescriptions.create(request));
    }

    @GET
    public Page<Prescription> list(@QueryParam("patient") String patientId, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return prescriptions.list(patientId, Paging.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Prescription prescription = prescriptions.get(id);
        return Versions.ok(prescription, id, prescription.version());
    }

    @POST
    @Path("{id}/renewal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response renew(@PathParam("id") String id, RenewalRequest request) {
        return created(prescriptions.renew(id, request));
    }

    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Prescription cancelled = prescriptions.cancel(id, Versions.expected(id, ifMatch));
        return Versions.ok(cancelled, id, cancelled.version());
    }

    private static Response created(Prescription prescription) {
        return Response.created(URI.create("prescriptions/" + prescription.id()))
                .tag(Versions.tag(prescription.id(), prescription.version())).entity(prescription).build();
    }
}
