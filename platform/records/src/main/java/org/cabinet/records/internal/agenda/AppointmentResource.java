package org.cabinet.records.internal.agenda;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

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

/**
 * {@code /api/appointments}: book ({@code POST}), read, list (by practitioner, patient, time; paged), today's list of
 * a practitioner, move ({@code PUT} with If-Match), cancel and mark missed ({@code POST .../cancel},
 * {@code POST .../no-show}, with If-Match). Times are ISO-8601 instants.
 */
@Component(service = AppointmentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("appointments")
@Produces(MediaType.APPLICATION_JSON)
public final class AppointmentResource {

    private final AppointmentService appointments;

    @Activate
    public AppointmentResource(@Reference AppointmentService appointments) {
        this.appointments = appointments;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(AppointmentRequest request) {
        Appointment booked = appointments.book(request);
        return Versions.created("appointments/" + booked.id(), booked, booked.id(), booked.version());
    }

    @GET
    public Page<Appointment> list(@QueryParam("practitioner") String practitioner, @QueryParam("patient") String patient,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return appointments.list(practitioner, patient, instant("from", from), instant("to", to),
                Paging.of(offset, limit));
    }

    @GET
    @Path("today")
    public List<Appointment> today(@QueryParam("practitioner") String practitioner) {
        return appointments.today(practitioner);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return answer(appointments.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reschedule(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AppointmentRequest request) {
        return answer(appointments.reschedule(id, ifMatch, request));
    }

    @POST
    @Path("{id}/cancel")
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(appointments.cancel(id, ifMatch));
    }

    @POST
    @Path("{id}/no-show")
    public Response noShow(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(appointments.noShow(id, ifMatch));
    }

    private static Response answer(Appointment appointment) {
        return Versions.ok(appointment, appointment.id(), appointment.version());
    }

    /** @return the query parameter as an instant, or null when absent; 400 naming it when not ISO-8601 */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Conflicts.invalid(name, name + " is an ISO-8601 instant, e.g. 2026-03-02T08:00:00Z.",
                    name + " est un instant ISO-8601, par exemple 2026-03-02T08:00:00Z.");
        }
    }
}
