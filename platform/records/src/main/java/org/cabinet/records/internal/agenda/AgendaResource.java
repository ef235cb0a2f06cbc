package org.cabinet.records.internal.agenda;

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
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cabinet.api.rest.CabinetRest;
import org.cabinet.records.internal.rest.Versions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/agenda}: practitioners' weekly opening hours ({@code practitioners/{id}/schedule}, set with
 * {@code PUT}) and absences ({@code practitioners/{id}/absences}), appointment types ({@code types}) and rooms
 * ({@code rooms}). Changes of existing things need If-Match.
 */
@Component(service = AgendaResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("agenda")
@Produces(MediaType.APPLICATION_JSON)
public final class AgendaResource {

    private final ScheduleService schedules;
    private final AgendaCatalog catalog;

    @Activate
    public AgendaResource(@Reference ScheduleService schedules, @Reference AgendaCatalog catalog) {
        this.schedules = schedules;
        this.catalog = catalog;
    }

    @GET
    @Path("practitioners/{practitioner}/schedule")
    public Response schedule(@PathParam("practitioner") String practitioner) {
        Schedule schedule = schedules.schedule(practitioner);
        return Versions.ok(schedule, schedule.practitionerId(), schedule.version());
    }

    /** 201 when the practitioner had no opening hours yet (no If-Match then), 200 when they are replaced. */
    @PUT
    @Path("practitioners/{practitioner}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveSchedule(@PathParam("practitioner") String practitioner,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ScheduleRequest request) {
        ScheduleService.Saved saved = schedules.save(practitioner, ifMatch, request);
        Schedule schedule = saved.schedule();
        Response.ResponseBuilder answer = saved.created()
                ? Response.created(URI.create("agenda/practitioners/" + schedule.practitionerId() + "/schedule"))
                : Response.ok();
        return answer.entity(schedule).tag(Versions.tag(schedule.practitionerId(), schedule.version())).build();
    }

    @GET
    @Path("practitioners/{practitioner}/absences")
    public List<Absence> absences(@PathParam("practitioner") String practitioner, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return schedules.absences(practitioner, AppointmentResource.instant("from", from),
                AppointmentResource.instant("to", to));
    }

    @POST
    @Path("practitioners/{practitioner}/absences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAbsence(@PathParam("practitioner") String practitioner, AbsenceRequest request) {
        Absence absence = schedules.addAbsence(practitioner, request);
        return Versions.created("agenda/practitioners/" + absence.practitionerId() + "/absences/" + absence.id(),
                absence, absence.id(), absence.version());
    }

    @DELETE
    @Path("practitioners/{practitioner}/absences/{absence}")
    public Response removeAbsence(@PathParam("practitioner") String practitioner,
            @PathParam("absence") String absence, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        schedules.removeAbsence(practitioner, absence, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("types")
    public List<AppointmentType> types() {
        return catalog.types();
    }

    @GET
    @Path("types/{code}")
    public Response type(@PathParam("code") String code) {
        AppointmentType type = catalog.type(code);
        return Versions.ok(type, type.code(), type.version());
    }

    @POST
    @Path("types")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addType(AppointmentTypeRequest request) {
        AppointmentType type = catalog.addType(request);
        return Versions.created("agenda/types/" + type.code(), type, type.code(), type.version());
    }

    @PUT
    @Path("types/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeType(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AppointmentTypeRequest request) {
        AppointmentType type = catalog.changeType(code, ifMatch, request);
        return Versions.ok(type, type.code(), type.version());
    }

    @GET
    @Path("rooms")
    public List<Room> rooms() {
        return catalog.rooms();
    }

    @GET
    @Path("rooms/{id}")
    public Response room(@PathParam("id") String id) {
        Room room = catalog.room(id);
        return Versions.ok(room, room.id(), room.version());
    }

    @POST
    @Path("rooms")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addRoom(RoomRequest request) {
        Room room = catalog.addRoom(request);
        return Versions.created("agenda/rooms/" + room.id(), room, room.id(), room.version());
    }

    @PUT
    @Path("rooms/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeRoom(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RoomRequest request) {
        Room room = catalog.changeRoom(id, ifMatch, request);
        return Versions.ok(room, room.id(), room.version());
    }
}
