package org.cabinet.records.internal.patient;

import java.net.URI;
import java.time.LocalDate;

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
import org.cabinet.records.internal.rest.Page;
import org.cabinet.records.internal.rest.Paging;
import org.cabinet.records.internal.rest.Versions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/patients}: identities, search, identity status and merges. */
@Component(service = PatientResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("patients")
@Produces(MediaType.APPLICATION_JSON)
public final class PatientResource {

    private final PatientService patients;

    @Activate
    public PatientResource(@Reference PatientService patients) {
        this.patients = patients;
    }

    /** Creates a patient: 201, or 409 when the NIR is taken or the strict traits match another record. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PatientInput input) {
        PatientView created = patients.create(required(input));
        return Response.created(URI.create("patients/" + created.id())).tag(Versions.tag(created.id(), created.version()))
                .entity(created).build();
    }

    /** Searches by name prefix (birth or used name), birth date, or exact NIR. */
    @GET
    public Page<PatientSummary> search(@QueryParam("name") String name, @QueryParam("birthDate") String birthDate,
            @QueryParam("nir") String nir, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return patients.search(name, date(birthDate), nir, Paging.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public Response find(@PathParam("id") String id) {
        return tagged(patients.find(id));
    }

    /** Changes the identity: needs the ETag read in If-Match. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PatientInput input) {
        long version = Versions.expected(id, ifMatch);
        return tagged(patients.update(id, version, required(input)));
    }

    /** Sets the identity status (PROV, RECUP, VALI, QUAL) with what it rests on. */
    @PUT
    @Path("{id}/identity-status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response qualify(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            IdentityStatusChange change) {
        long version = Versions.expected(id, ifMatch);
        if (change == null) {
            throw Conflicts.missing("status");
        }
        return tagged(patients.qualify(id, version, change));
    }

    /** Merges the record {@code duplicateId} into this one (If-Match of this one). */
    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response merge(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MergeRequest request) {
        long version = Versions.expected(id, ifMatch);
        return tagged(patients.merge(id, version, request == null ? null : request.duplicateId()));
    }

    /** @param duplicateId the record to merge into this one */
    public record MergeRequest(String duplicateId) {
    }

    private static Response tagged(PatientView patient) {
        return Response.ok(patient).tag(Versions.tag(patient.id(), patient.version())).build();
    }

    private static PatientInput required(PatientInput input) {
        if (input == null) {
            throw Conflicts.missing("birthName");
        }
        return input;
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException wrong) {
            throw Conflicts.invalid("birthDate", "birthDate is a date such as 1984-03-21.",
                    "birthDate est une date telle que 1984-03-21.");
        }
    }
}
