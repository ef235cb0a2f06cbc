package org.cabinet.records.internal.record;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
 * {@code /api/patients/{patientId}/record/{kind}}: antecedents, allergies, problems, treatments, vitals, notes.
 */
@Component(service = RecordResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("patients/{patientId}/record/{kind}")
@Produces(MediaType.APPLICATION_JSON)
public final class RecordResource {

    private final RecordService record;

    @Activate
    public RecordResource(@Reference RecordService record) {
        this.record = record;
    }

    @GET
    public List<EntryView> list(@PathParam("patientId") String patientId, @PathParam("kind") String kind) {
        return record.list(patientId, kind(kind));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("patientId") String patientId, @PathParam("kind") String kind, EntryInput input) {
        EntryView added = record.add(patientId, kind(kind), input);
        return Response.created(URI.create(kind + "/" + added.id())).tag(Versions.tag(added.id(), added.version()))
                .entity(added).build();
    }

    @GET
    @Path("{id}")
    public Response find(@PathParam("patientId") String patientId, @PathParam("kind") String kind,
            @PathParam("id") String id) {
        return tagged(record.find(patientId, kind(kind), id));
    }

    /** Corrects the entry (If-Match): a new version, the old one kept in the history. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correct(@PathParam("patientId") String patientId, @PathParam("kind") String kind,
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, EntryInput input) {
        long version = Versions.expected(id, ifMatch);
        return tagged(record.correct(patientId, kind(kind), id, version, input));
    }

    /** Withdraws an entry recorded in error (If-Match); its history stays. */
    @DELETE
    @Path("{id}")
    public Response withdraw(@PathParam("patientId") String patientId, @PathParam("kind") String kind,
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = Versions.expected(id, ifMatch);
        return tagged(record.withdraw(patientId, kind(kind), id, version));
    }

    @GET
    @Path("{id}/history")
    public List<EntryVersionView> history(@PathParam("patientId") String patientId, @PathParam("kind") String kind,
            @PathParam("id") String id) {
        return record.history(patientId, kind(kind), id);
    }

    private static Response tagged(EntryView entry) {
        return Response.ok(entry).tag(Versions.tag(entry.id(), entry.version())).build();
    }

    private static EntryKind kind(String segment) {
        return EntryKind.ofSegment(segment).orElseThrow(() -> Conflicts.notFound("unknown-record-part",
                "part of the record is called so (antecedents, allergies, problems, treatments, vitals, notes)",
                "volet du dossier ne s'appelle ainsi (antecedents, allergies, problems, treatments, vitals, notes)"));
    }
}
