package org.cabinet.itests.exam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.itests.access.CabinetAccounts;
import org.cabinet.itests.access.CabinetAccounts.Account;
import org.junit.Test;
import org.osgi.service.event.Event;

import com.fasterxml.jackson.databind.JsonNode;

/** Encounters, the medical record and the chart in the assembled distribution, within care relationships. */
public class MedicalRecordIT extends ClinicalTestSupport {

    @Test
    public void recordsAnEncounterWithItsNoteAndVitalsAndShowsThemInTheChart() {
        Account gp = gp();
        String patient = newPatient("Dossier");
        caresFor(gp, patient);
        HttpResponse<String> recorded = CabinetAccounts.expect(http("POST", "/api/patients/" + patient + "/encounters",
                CabinetAccounts.json(Map.of("kind", "consultation", "reason", "toux depuis 8 jours")), gp.bearer()), 201,
                "recording an encounter");
        String encounterId = json(recorded).get("id").asText();
        String location = recorded.headers().firstValue("Location").orElseThrow();
        assertTrue(location, location.endsWith("/api/patients/" + patient + "/encounters/" + encounterId));
        assertEquals(200, get(location.substring(location.indexOf("/api/")), gp.bearer()).statusCode());
        entry(gp, patient, "notes", Map.of("encounterId", encounterId, "fields", Map.of("text", "Auscultation : râles à droite.")));
        JsonNode vitals = entry(gp, patient, "vitals", Map.of("encounterId", encounterId, "fields",
                Map.of("systolic", 128, "diastolic", 82, "pulse", 72, "weightKg", 70, "heightCm", 175)));
        assertEquals("22.9", vitals.get("fields").get("bmi").asText());
        entry(gp, patient, "allergies", Map.of("fields", Map.of("substance", "Pénicilline", "type", "allergy",
                "severity", "severe")));
        entry(gp, patient, "problems", Map.of("fields", Map.of("label", "Diabète de type 2", "code", "E11", "ald", true)));

        JsonNode chart = json(get("/api/patients/" + patient + "/chart", gp.bearer()));
        assertEquals("Pénicilline", chart.get("allergies").get(0).get("fields").get("substance").asText());
        assertTrue(chart.get("problems").get(0).get("fields").get("ald").asBoolean());
        assertEquals(encounterId, chart.get("encounters").get(0).get("id").asText());
        assertEquals("toux depuis 8 jours", chart.get("encounters").get(0).get("reason").asText());
        assertEquals(1, json(get("/api/patients/" + patient + "/record/notes", gp.bearer())).size());
        assertTrue(audited(patient, gp, "create", "encounter", "success"));
        assertTrue(audited(patient, gp, "create", "record-entry", "success"));
        assertTrue(audited(patient, gp, "read", "chart", "success"));
    }

    @Test
    public void correctionsKeepTheHistoryAndNeedTheCurrentVersion() {
        Account gp = gp();
        String patient = newPatient("Historique");
        caresFor(gp, patient);
        HttpResponse<String> added = http("POST", "/api/patients/" + patient + "/record/treatments",
                CabinetAccounts.json(Map.of("fields", Map.of("drug", "Metformine 500 mg", "dosage", "1 cp matin et soir"))),
                gp.bearer());
        assertEquals(added.body(), 201, added.statusCode());
        String id = json(added).get("id").asText();
        String etag = added.headers().firstValue("ETag").orElseThrow();
        String path = "/api/patients/" + patient + "/record/treatments/" + id;
        String correction = CabinetAccounts.json(Map.of("fields", Map.of("drug", "Metformine 850 mg", "dosage", "1 cp matin et soir")));
        problem(http("PUT", path, correction, gp.bearer()), 428, null);
        HttpResponse<String> corrected = http("PUT", path, correction, ifMatch(gp, etag));
        assertEquals(corrected.body(), 200, corrected.statusCode());
        assertEquals(2, json(corrected).get("version").asInt());
        problem(http("PUT", path, correction, ifMatch(gp, etag)), 412, null);
        JsonNode history = json(get(path + "/history", gp.bearer()));
        assertEquals(2, history.size());
        assertEquals("Metformine 500 mg", history.get(0).get("fields").get("drug").asText());
        assertEquals("Metformine 850 mg", history.get(1).get("fields").get("drug").asText());
        HttpResponse<String> withdrawn = http("DELETE", path, null,
                ifMatch(gp, corrected.headers().firstValue("ETag").orElseThrow()));
        assertEquals(withdrawn.body(), 200, withdrawn.statusCode());
        assertEquals(0, json(get("/api/patients/" + patient + "/record/treatments", gp.bearer())).size());
        assertEquals(3, json(get(path + "/history", gp.bearer())).size());
    }

    @Test
    public void refusesInvalidEntriesNamingTheFieldAndWritesNothing() {
        Account gp = gp();
        String patient = newPatient("Invalide");
        caresFor(gp, patient);
        String base = "/api/patients/" + patient + "/record/";
        problem(http("POST", base + "vitals", CabinetAccounts.json(Map.of("fields", Map.of("systolic", 80, "diastolic", 120))),
                gp.bearer()), 400, "diastolic");
        problem(http("POST", base + "allergies", CabinetAccounts.json(Map.of("fields", Map.of("type", "allergy"))),
                gp.bearer()), 400, "substance");
        problem(http("POST", base + "notes", CabinetAccounts.json(Map.of("fields", Map.of("text", "sans contact"))),
                gp.bearer()), 400, "encounterId");
        problem(http("POST", base + "vitals", CabinetAccounts.json(Map.of("fields", Map.of("pulse", "fast"))),
                gp.bearer()), 400, "fields.pulse");
        assertEquals(0, json(get(base + "vitals", gp.bearer())).size());
        assertEquals(0, json(get(base + "allergies", gp.bearer())).size());
    }

    @Test
    public void refusesAPractitionerOutsideTheCareRelationship() {
        Account outsider = accounts().create(admin(), "gp-outsider", "gp");
        String patient = newPatient("Protege");
        assertEquals(403, get("/api/patients/" + patient + "/chart", outsider.bearer()).statusCode());
        assertEquals(403, http("POST", "/api/patients/" + patient + "/record/allergies",
                CabinetAccounts.json(Map.of("fields", Map.of("substance", "Latex", "type", "allergy"))),
                outsider.bearer()).statusCode());
        assertEquals("identity needs no care relationship", 200,
                get("/api/patients/" + patient, outsider.bearer()).statusCode());
        assertTrue(audited(patient, outsider, "access-denied", "patient", "denied")
                || accesses(patient).stream().anyMatch(row -> row.get("actor").asText().equals(outsider.id())
                        && row.get("outcome").asText().equals("denied")));
    }

    @Test
    public void probingUnknownIdsLeavesATrace() {
        Account gp = gp();
        assertEquals(404, get("/api/prescriptions/no-such-prescription", gp.bearer()).statusCode());
        assertEquals(404, get("/api/billing/care-records/no-such-record", gp.bearer()).statusCode());
        List<JsonNode> activity = iterable(json(get("/api/audit/users/" + gp.id() + "/activity", asAdmin())).get("rows"));
        for (String probed : List.of("no-such-prescription", "no-such-record")) {
            assertTrue(probed, activity.stream().anyMatch(row -> row.path("resourceId").asText().equals(probed)
                    && row.path("action").asText().equals("read") && row.path("outcome").asText().equals("failure")));
        }
    }

    @Test
    public void whenTheAuditLogCannotRecordNothingIsReadOrWritten() throws Exception {
        Account gp = gp();
        String patient = newPatient("Ferme");
        caresFor(gp, patient);
        AuditTables tables = new AuditTables(service(DataSource.class, CabinetPersistence.DATA_SOURCE_FILTER));
        tables.renameTable("audit_event", "audit_event_away");
        try {
            assertEquals(503, http("POST", "/api/patients/" + patient + "/record/allergies",
                    CabinetAccounts.json(Map.of("fields", Map.of("substance", "Latex", "type", "allergy"))),
                    gp.bearer()).statusCode());
            assertEquals(503, get("/api/patients/" + patient + "/chart", gp.bearer()).statusCode());
        } finally {
            tables.renameTable("audit_event_away", "audit_event");
        }
        assertEquals(0, json(get("/api/patients/" + patient + "/record/allergies", gp.bearer())).size());
    }

    @Test
    public void manyChartReadsByOneAccountRaiseTheAuditAlert() throws InterruptedException {
        Account reader = accounts().create(admin(), "bulk-reader", "gp");
        List<String> patients = new ArrayList<>();
        // more patients than the hourly limit (100), registered by several desks: one desk registering them all
        // would itself be harvesting by the rule's measure
        for (int desk = 0; desk < 3; desk++) {
            Account secretary = accounts().create(admin(), "desk-" + desk, "secretary");
            for (int i = 0; i < 40; i++) {
                String patient = createPatient(secretary, newPatientJson("Lecture", "Max", "M")).get("id").asText();
                caresFor(reader, patient);
                patients.add(patient);
            }
        }
        try (AlertWatch alerts = new AlertWatch(bundleContext)) {
            int reads = 0;
            for (int round = 0; reads < 500; round++) {
                HttpResponse<String> chart = get("/api/patients/" + patients.get(round % patients.size()) + "/chart",
                        reader.bearer());
                if (chart.statusCode() != 200) {
                    break; // the account was frozen by the alert: that is the point
                }
                reads++;
            }
            Optional<Event> alert = alerts.next(reader.id(), Duration.ofSeconds(20));
            assertTrue("an alert after " + reads + " chart reads", alert.isPresent());
            assertEquals("org/cabinet/alert/distinct-patients", alert.get().getTopic());
        }
    }

    private JsonNode entry(Account account, String patient, String kind, Map<String, Object> body) {
        return json(CabinetAccounts.expect(http("POST", "/api/patients/" + patient + "/record/" + kind,
                CabinetAccounts.json(body), account.bearer()), 201, "recording " + kind));
    }
}
