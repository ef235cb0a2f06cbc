package org.cabinet.itests.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cabinet.api.security.CareRelationshipSource;
import org.cabinet.itests.access.CabinetAccounts;
import org.cabinet.itests.access.CabinetAccounts.Account;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The agenda through HTTP on the assembled distribution: booking, conflicts (practitioner, room, opening hours,
 * absences) refused with nothing written, also under concurrent requests, cancellation, missed appointments,
 * today's list, If-Match, the care relationship an appointment opens, and the audit trail of each request.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class AgendaIT extends ClinicalTestSupport {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String SOURCE = "(component.name=org.cabinet.records.internal.agenda.AppointmentCareRelationships)";

    /** the practice's secretary, who keeps the agenda (made once per container) */
    private static Account secretary;

    @Test
    public void aBookingTakesTheTypesDurationAndAnswersCreatedWithItsETag() {
        String practitioner = practitioner();
        String patient = patient("Bernard");
        Instant start = at(day(10), "09:00");
        HttpResponse<String> booked = book(patient, practitioner, "consultation", null, start);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        JsonNode appointment = json(booked);
        String id = appointment.path("id").asText();
        assertThat(appointment.path("end").asText()).isEqualTo(start.plus(Duration.ofMinutes(20)).toString());
        assertThat(appointment.path("status").asText()).isEqualTo("booked");
        assertThat(booked.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/appointments/" + id));
        String etag = booked.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> read = get("/api/appointments/" + id, desk().bearer());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue(etag);
        assertThat(json(read).path("reason").asText()).isEqualTo("Renouvellement");
        JsonNode listed = json(get("/api/appointments?practitioner=" + practitioner + "&from=" + at(day(10), "00:00")
                + "&to=" + at(day(11), "00:00"), desk().bearer()));
        assertThat(listed.path("items")).extracting(item -> item.path("id").asText()).containsExactly(id);
        assertThat(listed.path("hasMore").asBoolean()).isFalse();
        assertThat(get("/api/appointments/" + UUID.randomUUID(), desk().bearer()).statusCode()).isEqualTo(404);

        assertThat(actions(patient)).contains("create/success/appointment", "read/success/appointment");
    }

    @Test
    public void invalidBookingsAreRefusedNamingTheField() {
        String practitioner = practitioner();
        String patient = patient("Dubois");
        Instant start = at(day(10), "11:00");
        HttpResponse<String> unknown = book(UUID.randomUUID().toString(), practitioner, "consultation", null, start);
        assertThat(reason(unknown)).isEqualTo("400 invalid-patientId");
        assertThat(json(unknown).path("field").asText()).isEqualTo("patientId");
        assertThat(reason(book(patient, practitioner, "massage", null, start))).isEqualTo("400 invalid-typeCode");
        assertThat(reason(book(patient, UUID.randomUUID().toString(), "consultation", null, start)))
                .as("a practitioner without opening hours").isEqualTo("400 invalid-practitionerId");
        assertThat(reason(book(patient, practitioner, "consultation", UUID.randomUUID().toString(), start)))
                .isEqualTo("400 invalid-roomId");
        assertThat(reason(book(patient, practitioner, "consultation", null, Instant.now().minus(Duration.ofHours(2)))))
                .isEqualTo("400 invalid-start");
        assertThat(reason(http("POST", "/api/appointments", CabinetAccounts.json(Map.of("patientId", patient,
                "practitionerId", practitioner, "typeCode", "consultation")), desk().bearer(jsonType()))))
                .isEqualTo("400 invalid-start");
        assertThat(json(get("/api/appointments?patient=" + patient, desk().bearer())).path("items")).isEmpty();
        assertThat(get("/api/appointments?practitioner=" + practitioner, gp().bearer()).statusCode())
                .as("a practitioner reads the agenda too").isEqualTo(200);
        assertThat(get("/api/appointments?practitioner=" + practitioner, asAdmin()).statusCode())
                .as("administrators do not").isEqualTo(403);
    }

    @Test
    public void aClashWithThePractitionerOrTheRoomIsRefusedAndNothingIsWritten() {
        String practitioner = practitioner();
        String colleague = practitioner();
        String room = room("Cabinet 1");
        String first = patient("Thomas");
        String second = patient("Robert");
        Instant ten = at(day(11), "10:00");
        HttpResponse<String> booked = book(first, practitioner, "consultation", room, ten);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        String id = json(booked).path("id").asText();

        HttpResponse<String> busy = book(second, practitioner, "consultation", null, ten.plus(Duration.ofMinutes(10)));
        assertThat(reason(busy)).isEqualTo("409 practitioner-busy");
        assertThat(json(busy).path("detail").asText()).contains(id, "10:00", "10:20", "Europe/Paris");
        HttpResponse<String> taken = book(second, colleague, "consultation", room, ten.plus(Duration.ofMinutes(10)));
        assertThat(reason(taken)).isEqualTo("409 room-taken");
        assertThat(json(taken).path("detail").asText()).contains(id);
        assertThat(book(second, colleague, "consultation", null, ten.plus(Duration.ofMinutes(10))).statusCode())
                .as("the colleague without the room").isEqualTo(201);
        assertThat(book(second, practitioner, "consultation", room, ten.plus(Duration.ofMinutes(20))).statusCode())
                .as("right after the first: slots are half-open").isEqualTo(201);

        assertThat(json(get("/api/appointments?patient=" + second, desk().bearer())).path("items")).hasSize(2);
        assertThat(actions(second)).contains("create/rolled_back/appointment", "create/success/appointment");
    }

    @Test
    public void outsideOpeningHoursOrDuringAnAbsenceIsRefused() {
        String practitioner = practitioner();
        String patient = patient("Richard");
        assertThat(reason(book(patient, practitioner, "consultation", null, at(day(12), "06:30"))))
                .isEqualTo("409 outside-opening-hours");
        assertThat(reason(book(patient, practitioner, "consultation", null, at(day(12), "19:50"))))
                .as("would end after closing").isEqualTo("409 outside-opening-hours");
        HttpResponse<String> absence = http("POST", "/api/agenda/practitioners/" + practitioner + "/absences",
                CabinetAccounts.json(Map.of("from", at(day(12), "12:00").toString(), "to", at(day(13), "00:00").toString(),
                        "label", "congrès")), desk().bearer(jsonType()));
        assertThat(absence.statusCode()).as(absence.body()).isEqualTo(201);
        HttpResponse<String> absent = book(patient, practitioner, "consultation", null, at(day(12), "14:00"));
        assertThat(reason(absent)).isEqualTo("409 practitioner-absent");
        assertThat(json(absent).path("detail").asText()).contains(json(absence).path("id").asText());
        assertThat(book(patient, practitioner, "consultation", null, at(day(12), "11:40")).statusCode())
                .as("ends when the absence starts").isEqualTo(201);
        assertThat(json(get("/api/agenda/practitioners/" + practitioner + "/absences", desk().bearer()))).hasSize(1);

        String absenceId = json(absence).path("id").asText();
        assertThat(http("DELETE", "/api/agenda/practitioners/" + practitioner + "/absences/" + absenceId, null,
                desk().bearer(Map.of("If-Match", absence.headers().firstValue("ETag").orElseThrow()))).statusCode())
                .isEqualTo(204);
        assertThat(book(patient, practitioner, "consultation", null, at(day(12), "14:00")).statusCode()).isEqualTo(201);
    }

    @Test
    public void cancellingFreesTheSlotAndChangesNeedTheCurrentETag() {
        String practitioner = practitioner();
        String patient = patient("Petit");
        Instant start = at(day(13), "15:00");
        HttpResponse<String> booked = book(patient, practitioner, "home-visit", null, start);
        String id = json(booked).path("id").asText();
        String etag = booked.headers().firstValue("ETag").orElseThrow();

        assertThat(reason(http("POST", "/api/appointments/" + id + "/cancel", null, desk().bearer())))
                .isEqualTo("428 version-required");
        HttpResponse<String> moved = http("PUT", "/api/appointments/" + id, booking(patient, practitioner, "home-visit",
                null, start.plus(Duration.ofHours(1))), desk().bearer(Map.of("Content-Type", "application/json",
                "If-Match", etag)));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(moved).path("start").asText()).isEqualTo(start.plus(Duration.ofHours(1)).toString());
        assertThat(reason(http("POST", "/api/appointments/" + id + "/cancel", null,
                desk().bearer(Map.of("If-Match", etag))))).as("the ETag before the move").isEqualTo("412 stale-version");
        assertThat(book(patient, practitioner, "consultation", null, start).statusCode())
                .as("the old slot is free after the move").isEqualTo(201);

        HttpResponse<String> cancelled = http("POST", "/api/appointments/" + id + "/cancel", null,
                desk().bearer(Map.of("If-Match", moved.headers().firstValue("ETag").orElseThrow())));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json(cancelled).path("status").asText()).isEqualTo("cancelled");
        assertThat(reason(http("POST", "/api/appointments/" + id + "/cancel", null,
                desk().bearer(Map.of("If-Match", cancelled.headers().firstValue("ETag").orElseThrow())))))
                .isEqualTo("409 appointment-not-booked");
        assertThat(book(patient(), practitioner, "consultation", null, start.plus(Duration.ofHours(1))).statusCode())
                .as("the cancelled slot is free").isEqualTo(201);
        assertThat(actions(patient)).contains("update/success/appointment", "update/rolled_back/appointment");
    }

    @Test
    public void todaysListIsThePractitionersDayByTimeAndAMissedAppointmentIsMarkedOnceItsTimeHasCome() {
        String practitioner = practitioner();
        String other = practitioner();
        LocalDate day = day(14);
        Instant nine = at(day, "09:00");
        Instant ten = at(day, "10:00");
        String late = json(book(patient(), practitioner, "consultation", null, ten)).path("id").asText();
        String early = json(book(patient(), practitioner, "teleconsultation", null, nine)).path("id").asText();
        HttpResponse<String> dropped = book(patient(), practitioner, "consultation", null, at(day, "11:00"));
        http("POST", "/api/appointments/" + json(dropped).path("id").asText() + "/cancel", null,
                desk().bearer(Map.of("If-Match", dropped.headers().firstValue("ETag").orElseThrow())));
        book(patient(), other, "consultation", null, nine);
        book(patient(), practitioner, "consultation", null, at(day.plusDays(1), "09:00"));
        assertThat(reason(http("POST", "/api/appointments/" + early + "/no-show", null, desk().bearer(Map.of("If-Match",
                etag(early)))))).isEqualTo("409 appointment-not-started");

        Account nightDesk = accounts().create(admin(), "secretary.day", "secretary");
        try (MovableClock clock = new MovableClock(bundleContext)) {
            CabinetAccounts moved = new CabinetAccounts(baseUrl(), clock::now);
            clock.advance(Duration.between(Instant.now(), nine.plus(Duration.ofMinutes(5))));
            Account desk = moved.loginAgain(nightDesk);
            JsonNode today = json(get("/api/appointments/today?practitioner=" + practitioner, desk.bearer()));
            assertThat(today).extracting(item -> item.path("id").asText()).containsExactly(early, late);
            HttpResponse<String> missed = http("POST", "/api/appointments/" + early + "/no-show", null,
                    desk.bearer(Map.of("If-Match", etag(early, desk))));
            assertThat(missed.statusCode()).as(missed.body()).isEqualTo(200);
            assertThat(json(missed).path("status").asText()).isEqualTo("no-show");
            assertThat(reason(http("POST", "/api/appointments/" + late + "/no-show", null,
                    desk.bearer(Map.of("If-Match", etag(late, desk)))))).isEqualTo("409 appointment-not-started");
            assertThat(reason(get("/api/appointments/today", desk.bearer()))).isEqualTo("400 invalid-practitioner");
        }
    }

    @Test
    public void concurrentBookingsOfOneSlotLetExactlyOneThrough() throws Exception {
        String practitioner = practitioner();
        Instant start = at(day(15), "16:00");
        List<String> bookings = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            bookings.add(booking(patient(), practitioner, "consultation", null, start.plus(Duration.ofMinutes(i))));
        }
        List<Integer> statuses = race(bookings);
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(json(get("/api/appointments?practitioner=" + practitioner, desk().bearer())).path("items")).hasSize(1);

        String room = room("Salle de soins");
        List<String> roomBookings = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            roomBookings.add(booking(patient(), practitioner(), "consultation", room, start));
        }
        List<Integer> roomStatuses = race(roomBookings);
        assertThat(roomStatuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(roomStatuses).filteredOn(status -> status == 409).hasSize(7);
    }

    @Test
    public void anAppointmentOpensThePatientsChartToItsPractitionerAlone() {
        Account booked = accounts().create(admin(), "dr.agenda.booked", "gp");
        Account other = accounts().create(admin(), "dr.agenda.other", "gp");
        schedule(booked.id());
        String patient = patient("Moreau");
        String allergies = "/api/patients/" + patient + "/record/allergies";
        assertThat(reason(get(allergies, booked.bearer()))).isEqualTo("403 no-care-relationship");
        HttpResponse<String> appointment = book(patient, booked.id(), "consultation", null, at(day(3), "10:00"));
        assertThat(appointment.statusCode()).as(appointment.body()).isEqualTo(201);
        assertThat(get(allergies, booked.bearer()).statusCode()).isEqualTo(200);
        assertThat(reason(get(allergies, other.bearer()))).isEqualTo("403 no-care-relationship");
        assertThat(get(allergies, desk().bearer()).statusCode()).as("a secretary, never").isEqualTo(403);
        assertThat(actions(patient)).contains("read/success/record-entry");

        CareRelationshipSource agenda = service(CareRelationshipSource.class, SOURCE);
        Instant now = Instant.now();
        assertThat(agenda.hasAppointment(booked.id(), patient, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(30))))
                .isTrue();
        assertThat(agenda.hasAppointment(booked.id(), patient, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(2))))
                .as("outside the window").isFalse();
        assertThat(agenda.hasAppointment(other.id(), patient, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(30))))
                .isFalse();

        http("POST", "/api/appointments/" + json(appointment).path("id").asText() + "/cancel", null,
                desk().bearer(Map.of("If-Match", appointment.headers().firstValue("ETag").orElseThrow())));
        assertThat(get(allergies, booked.bearer()).statusCode()).as("cancelled").isEqualTo(403);
    }

    @Test
    public void schedulesTypesAndRoomsAreKeptWithIfMatchByThoseAllowed() {
        String practitioner = UUID.randomUUID().toString();
        String week = CabinetAccounts.json(Map.of("weeklyHours", List.of(Map.of("day", "MONDAY", "from", "08:30",
                "to", "12:00"))));
        assertThat(http("PUT", "/api/agenda/practitioners/" + practitioner + "/schedule", week,
                desk().bearer(jsonType())).statusCode()).isEqualTo(201);
        assertThat(reason(http("PUT", "/api/agenda/practitioners/" + practitioner + "/schedule", week,
                desk().bearer(jsonType())))).isEqualTo("409 schedule-exists");
        HttpResponse<String> read = get("/api/agenda/practitioners/" + practitioner + "/schedule", desk().bearer());
        assertThat(json(read).path("weeklyHours").get(0).path("from").asText()).startsWith("08:30");
        assertThat(json(read).path("zone").asText()).isEqualTo("Europe/Paris");
        Map<String, String> ifMatch = desk().bearer(Map.of("Content-Type", "application/json", "If-Match",
                read.headers().firstValue("ETag").orElseThrow()));
        assertThat(http("PUT", "/api/agenda/practitioners/" + practitioner + "/schedule", week, ifMatch).statusCode())
                .isEqualTo(200);
        assertThat(reason(http("PUT", "/api/agenda/practitioners/" + practitioner + "/schedule", week, ifMatch)))
                .isEqualTo("412 stale-version");
        assertThat(reason(http("PUT", "/api/agenda/practitioners/" + practitioner + "/schedule",
                CabinetAccounts.json(Map.of("weeklyHours", List.of(Map.of("day", "MONDAY", "from", "12:00", "to", "08:00")))),
                ifMatch))).isEqualTo("400 invalid-weeklyHours.to");

        assertThat(json(get("/api/agenda/types", desk().bearer()))).extracting(type -> type.path("code").asText() + "="
                + type.path("durationMinutes").asInt())
                .contains("consultation=20", "home-visit=40", "teleconsultation=15");
        String type = CabinetAccounts.json(Map.of("code", "vaccination", "label", "Vaccination", "durationMinutes", 10));
        assertThat(http("POST", "/api/agenda/types", type, desk().bearer(jsonType())).statusCode())
                .as("types are the administrators'").isEqualTo(403);
        HttpResponse<String> added = http("POST", "/api/agenda/types", type, admin().bearer(jsonType()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(reason(http("POST", "/api/agenda/types", type, admin().bearer(jsonType()))))
                .isEqualTo("409 appointment-type-exists");
        HttpResponse<String> retired = http("PUT", "/api/agenda/types/vaccination", CabinetAccounts.json(Map.of("label",
                "Vaccination", "durationMinutes", 10, "active", false)), admin().bearer(Map.of("Content-Type",
                "application/json", "If-Match", added.headers().firstValue("ETag").orElseThrow())));
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(reason(book(patient(), UUID.randomUUID().toString(), "vaccination", null, at(day(16), "10:00"))))
                .isEqualTo("400 invalid-typeCode");

        assertThat(http("POST", "/api/agenda/rooms", "{\"name\":\"Salle 2\"}", desk().bearer(jsonType())).statusCode())
                .isEqualTo(403);
        String room = room("Salle 3");
        assertThat(json(get("/api/agenda/rooms", desk().bearer()))).extracting(item -> item.path("id").asText())
                .contains(room);
        HttpResponse<String> closed = http("PUT", "/api/agenda/rooms/" + room, "{\"name\":\"Salle 3\",\"active\":false}",
                admin().bearer(Map.of("Content-Type", "application/json", "If-Match", room + ".1")));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(reason(book(patient(), practitioner, "consultation", room, at(day(16), "10:00"))))
                .as("an inactive room").isEqualTo("400 invalid-roomId");
    }

    // ---- helpers

    private synchronized Account desk() {
        if (secretary == null) {
            secretary = accounts().create(admin(), "secretary.agenda", "secretary");
        }
        secretary = stillLoggedIn(secretary);
        return secretary;
    }

    /** @return a practitioner's id with opening hours every day from 07:00 to 20:00 */
    private String practitioner() {
        String id = UUID.randomUUID().toString();
        schedule(id);
        return id;
    }

    private void schedule(String practitioner, String... days) {
        List<Map<String, String>> week = new ArrayList<>();
        for (String day : days.length == 0 ? new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY"} : days) {
            week.add(Map.of("day", day, "from", "07:00", "to", "20:00"));
        }
        HttpResponse<String> saved = http("PUT", "/api/agenda/practitioners/" + practitioner + "/schedule",
                CabinetAccounts.json(Map.of("weeklyHours", week)), desk().bearer(jsonType()));
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 201);
    }

    private String room(String name) {
        HttpResponse<String> added = http("POST", "/api/agenda/rooms", CabinetAccounts.json(Map.of("name", name)),
                admin().bearer(jsonType()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return json(added).path("id").asText();
    }

    private String patient() {
        return patient("Garnier");
    }

    /** @return a new patient record's id, with a birth name no other test uses */
    private String patient(String birthName) {
        StringBuilder unique = new StringBuilder(birthName).append(' ');
        for (char digit : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            unique.append((char) ('a' + Character.digit(digit, 16)));
        }
        HttpResponse<String> created = http("POST", "/api/patients", CabinetAccounts.json(Map.of("birthName",
                unique.toString(), "firstNames", "Camille", "birthDate", "1980-04-12", "sex", "F")),
                desk().bearer(jsonType()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).path("id").asText();
    }

    private HttpResponse<String> book(String patient, String practitioner, String type, String room, Instant start) {
        return http("POST", "/api/appointments", booking(patient, practitioner, type, room, start),
                desk().bearer(jsonType()));
    }

    private static String booking(String patient, String practitioner, String type, String room, Instant start) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", patient);
        body.put("practitionerId", practitioner);
        body.put("typeCode", type);
        if (room != null) {
            body.put("roomId", room);
        }
        body.put("start", start.toString());
        body.put("reason", "Renouvellement");
        return CabinetAccounts.json(body);
    }

    private String etag(String appointment) {
        return etag(appointment, desk());
    }

    private String etag(String appointment, Account account) {
        return get("/api/appointments/" + appointment, account.bearer()).headers().firstValue("ETag").orElseThrow();
    }

    /** @return the patient's audit trail as action/outcome/resource type */
    private List<String> actions(String patient) {
        return rows(json(get("/api/audit/patients/" + patient + "/accesses", asAdmin())));
    }

    private static List<String> rows(JsonNode report) {
        List<String> rows = new ArrayList<>();
        report.path("rows").forEach(row -> rows.add(row.path("action").asText() + "/" + row.path("outcome").asText()
                + "/" + row.path("resourceType").asText()));
        return rows;
    }

    private static String reason(HttpResponse<String> response) {
        return response.statusCode() + " " + json(response).path("reason").asText();
    }

    private static Map<String, String> jsonType() {
        return Map.of("Content-Type", "application/json");
    }

    /** @return the practice's date {@code days} from today */
    private static LocalDate day(int days) {
        return LocalDate.now(PARIS).plusDays(days);
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(PARIS).toInstant();
    }

    /** @return the statuses of the bookings, sent together */
    private List<Integer> race(List<String> bookings) throws Exception {
        Map<String, String> headers = desk().bearer(jsonType());
        ExecutorService threads = Executors.newFixedThreadPool(bookings.size());
        try {
            CountDownLatch ready = new CountDownLatch(bookings.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String booking : bookings) {
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return http("POST", "/api/appointments", booking, headers).statusCode();
                }));
            }
            ready.await();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }
}
