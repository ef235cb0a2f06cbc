package org.cabinet.records.internal.billing;

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
import org.cabinet.records.internal.guard.Conflicts;
import org.cabinet.records.internal.rest.Versions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Care records over HTTP: {@code POST /api/billing/care-records} bills an encounter, {@code GET .../{id}} (or
 * {@code ?encounter=}) reads one, {@code PUT .../{id}} with {@code If-Match} changes its acts, and
 * {@code POST .../{id}/payments} records a payment.
 */
@Component(service = CareRecordResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("billing/care-records")
@Produces(MediaType.APPLICATION_JSON)
public final class CareRecordResource {

    private final CareRecordService records;

    @Activate
    public CareRecordResource(@Reference CareRecordService records) {
        this.records = records;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CareRecordRequest request) {
        CareRecord created = records.create(request);
        return Response.created(location(created)).tag(Versions.tag(created.id(), created.version())).entity(created)
                .build();
    }

    @GET
    public Response ofEncounter(@QueryParam("encounter") String encounterId) {
        if (encounterId == null || encounterId.isBlank()) {
            throw Conflicts.missing("encounter");
        }
        return ok(records.ofEncounter(encounterId.strip()));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return ok(records.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CareRecordRequest request) {
        return ok(records.change(id, Versions.expected(id, ifMatch), request));
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pay(@PathParam("id") String id, PaymentRequest request) {
        CareRecord paid = records.pay(id, request);
        return Response.created(location(paid)).tag(Versions.tag(paid.id(), paid.version())).entity(paid).build();
    }

    private static Response ok(CareRecord record) {
        return Versions.ok(record, record.id(), record.version());
    }

    private static URI location(CareRecord record) {
        return URI.create("billing/care-records/" + record.id());
    }
}
