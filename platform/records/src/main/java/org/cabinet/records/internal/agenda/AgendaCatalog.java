package org.cabinet.records.internal.agenda;

import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.security.Permissions;
import org.cabinet.records.internal.guard.ClinicalStore;
import org.cabinet.records.internal.guard.Conflicts;
import org.cabinet.records.internal.guard.Target;
import org.cabinet.records.internal.rest.Versions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The practice's appointment types and rooms. Everyone who works with the agenda reads them; administrators
 * ({@code user:manage}) change them, as they do the practice's other settings. Never deleted: an appointment keeps
 * its type and room, so they are made inactive instead.
 */
@Component(service = AgendaCatalog.class)
public final class AgendaCatalog {

    static final String TYPE = "appointment-type";
    static final String ROOM = "room";
    static final int LONGEST_MINUTES = 480;

    private static final String CODE = "[a-z][a-z0-9-]{0,31}";

    private final ClinicalStore store;

    @Activate
    public AgendaCatalog(@Reference ClinicalStore store) {
        this.store = store;
    }

    /** @return every appointment type, active or not, by code */
    public List<AppointmentType> types() {
        return store.read(new Target(null, readPermission(), TYPE, null), em -> em.createQuery(
                "SELECT t FROM AppointmentTypeEntity t ORDER BY t.code", AppointmentTypeEntity.class)
                .getResultList().stream().map(AgendaCatalog::dto).toList());
    }

    /** @return the type; 404 when none has this code */
    public AppointmentType type(String code) {
        String id = code(code);
        return store.read(new Target(null, readPermission(), TYPE, id), em -> dto(foundType(em, id)));
    }

    /** Adds a type: 409 when one has its code. */
    public AppointmentType addType(AppointmentTypeRequest request) {
        String code = code(request == null ? null : request.code());
        return store.write(AuditAction.ADMIN_CHANGE, new Target(null, Permissions.USER_MANAGE, TYPE, code), em -> {
            if (em.find(AppointmentTypeEntity.class, code) != null) {
                throw AgendaProblems.typeExists();
            }
            AppointmentTypeEntity type = new AppointmentTypeEntity(code);
            apply(type, request);
            em.persist(type);
            ScheduleService.flushOr(em, AgendaProblems.typeExists());
            return dto(type);
        });
    }

    /** Changes a type's label, duration or activity, in place of the version read. */
    public AppointmentType changeType(String code, String ifMatch, AppointmentTypeRequest request) {
        String id = code(code);
        long expected = Versions.expected(id, ifMatch);
        if (request == null) {
            throw Conflicts.missing("label");
        }
        if (request.code() != null && !request.code().equals(id)) {
            throw Conflicts.invalid("code", "A type keeps its code.", "Un type garde son code.");
        }
        return store.write(AuditAction.ADMIN_CHANGE, new Target(null, Permissions.USER_MANAGE, TYPE, id), em -> {
            AppointmentTypeEntity type = foundType(em, id);
            if (type.version() != expected) {
                throw Conflicts.staleVersion();
            }
            apply(type, request);
            em.flush();
            return dto(type);
        });
    }

    /** @return every room, active or not, by name */
    public List<Room> rooms() {
        return store.read(new Target(null, readPermission(), ROOM, null), em -> em.createQuery(
                "SELECT r FROM RoomEntity r ORDER BY r.name, r.id", RoomEntity.class)
                .getResultList().stream().map(AgendaCatalog::dto).toList());
    }

    /** @return the room; 404 when none has this id */
    public Room room(String roomId) {
        String id = AgendaProblems.id("id", roomId);
        return store.read(new Target(null, readPermission(), ROOM, id), em -> dto(foundRoom(em, id)));
    }

    public Room addRoom(RoomRequest request) {
        String id = UUID.randomUUID().toString();
        return store.write(AuditAction.ADMIN_CHANGE, new Target(null, Permissions.USER_MANAGE, ROOM, id), em -> {
            RoomEntity room = new RoomEntity(id);
            apply(room, request);
            em.persist(room);
            em.flush();
            return dto(room);
        });
    }

    /** Renames a room or changes its activity, in place of the version read. */
    public Room changeRoom(String roomId, String ifMatch, RoomRequest request) {
        String id = AgendaProblems.id("id", roomId);
        long expected = Versions.expected(id, ifMatch);
        return store.write(AuditAction.ADMIN_CHANGE, new Target(null, Permissions.USER_MANAGE, ROOM, id), em -> {
            RoomEntity room = foundRoom(em, id);
            if (room.version() != expected) {
                throw Conflicts.staleVersion();
            }
            apply(room, request);
            em.flush();
            return dto(room);
        });
    }

    /** Administrators see the catalogue they change without holding agenda permissions. */
    private String readPermission() {
        return store.isPermitted(Permissions.AGENDA_READ) ? Permissions.AGENDA_READ : Permissions.USER_MANAGE;
    }

    private static void apply(AppointmentTypeEntity type, AppointmentTypeRequest request) {
        String label = AgendaProblems.text("label", request.label(), 100);
        if (label == null) {
            throw Conflicts.missing("label");
        }
        if (request.durationMinutes() == null) {
            throw Conflicts.missing("durationMinutes");
        }
        if (request.durationMinutes() < 5 || request.durationMinutes() > LONGEST_MINUTES) {
            throw Conflicts.invalid("durationMinutes", "A duration is 5 to " + LONGEST_MINUTES + " minutes.",
                    "Une durée compte de 5 à " + LONGEST_MINUTES + " minutes.");
        }
        type.change(label, request.durationMinutes(), request.active() == null || request.active());
    }

    private static void apply(RoomEntity room, RoomRequest request) {
        String name = AgendaProblems.text("name", request == null ? null : request.name(), 100);
        if (name == null) {
            throw Conflicts.missing("name");
        }
        room.change(name, request.active() == null || request.active());
    }

    private static String code(String code) {
        if (code == null || code.isBlank()) {
            throw Conflicts.missing("code");
        }
        if (!code.matches(CODE)) {
            throw Conflicts.invalid("code", "A code is 1 to 32 lower-case letters, digits or -, starting with a letter.",
                    "Un code compte 1 à 32 lettres minuscules, chiffres ou -, en commençant par une lettre.");
        }
        return code;
    }

    private static AppointmentTypeEntity foundType(EntityManager em, String code) {
        AppointmentTypeEntity type = em.find(AppointmentTypeEntity.class, code);
        if (type == null) {
            throw Conflicts.notFound("appointment-type-not-found", "appointment type", "type de rendez-vous");
        }
        return type;
    }

    private static RoomEntity foundRoom(EntityManager em, String id) {
        RoomEntity room = em.find(RoomEntity.class, id);
        if (room == null) {
            throw Conflicts.notFound("room-not-found", "room", "salle");
        }
        return room;
    }

    private static AppointmentType dto(AppointmentTypeEntity entity) {
        return new AppointmentType(entity.code(), entity.label(), entity.durationMinutes(), entity.active(),
                entity.version());
    }

    private static Room dto(RoomEntity entity) {
        return new Room(entity.id(), entity.name(), entity.active(), entity.version());
    }
}
