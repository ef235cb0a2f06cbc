package org.cabinet.itests.exam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.cabinet.api.records.PatientEvents;
import org.cabinet.itests.access.CabinetAccounts;
import org.cabinet.itests.access.CabinetAccounts.Account;
import org.junit.Test;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /api/patients} in the assembled distribution: identity, NIR, duplicates, search, versions, merge, audit. */
public class PatientIT extends ClinicalTestSupport {

    @Test
    public void createsAPatientAndReadsItBackWithItsVersion() {
        Account gp = gp();
        String body = CabinetAccounts.json(Map.of("birthName", "Lefèvre", "usedName", "Martin", "firstNames",
                "Hélène Marie", "birthDate", "1955-08-14", "sex", "F", "birthplaceInsee", "14168", "nir",
                "2 55 08 14 168 025 38", "contact", Map.of("phone", "02 31 00 00 00", "email", "h.lefevre@example.org")));
        HttpResponse<String> created = http("POST", "/api/patients", body, gp.bearer());
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode patient = json(created);
        String id = patient.get("id").asText();
        assertEquals("2 55 08 14 168 025 38", patient.get("nir").asText());
        assertEquals("PROV", patient.get("identityStatus").asText());
        assertTrue("no INS before qualification", patient.get("ins").isNull());
        HttpResponse<String> read = get("/api/patients/" + id, gp.bearer());
        assertEquals(200, read.statusCode());
        assertEquals(created.headers().firstValue("ETag"), read.headers().firstValue("ETag"));
        assertEquals("h.lefevre@example.org", json(read).get("contact").get("email").asText());
        assertTrue(audited(id, gp, "create", "patient", "success"));
        assertTrue(audited(id, gp, "read", "patient", "success"));

        JsonNode byNir = json(get("/api/patients?nir=255081416802538", gp.bearer()));
        assertEquals(id, byNir.get("items").get(0).get("id").asText());
        JsonNode byUsedName = json(get("/api/patients?name=mart", gp.bearer()));
        assertTrue(iterable(byUsedName.get("items")).stream().anyMatch(p -> p.get("id").asText().equals(id)));
        JsonNode byBirthName = json(get("/api/patients?name=LEFEV&birthDate=1955-08-14", gp.bearer()));
        assertEquals(1, byBirthName.get("items").size());
    }

    @Test
    public void listsANamePrefixInNameThenFirstNameOrderPageByPage() {
        Account gp = gp();
        createPatient(gp, newPatientJson("Ordreau", "Aline", "F"));
        createPatient(gp, newPatientJson("Ordre", "Bruno", "M"));
        createPatient(gp, newPatientJson("ORDRE", "Alice", "F"));
        JsonNode first = json(get("/api/patients?name=ordr&limit=2", gp.bearer()));
        assertEquals(List.of("Alice", "Bruno"), iterable(first.get("items")).stream()
                .map(p -> p.get("firstNames").asText()).toList());
        assertTrue(first.get("hasMore").asBoolean());
        JsonNode second = json(get("/api/patients?name=ordr&limit=2&offset=2", gp.bearer()));
        assertEquals("Aline", second.get("items").get(0).get("firstNames").asText());
        assertFalse(second.get("hasMore").asBoolean());
    }

    @Test
    public void refusesABadNirKeyNamingTheFieldAndWritesNothing() {
        Account gp = gp();
        String body = CabinetAccounts.json(Map.of("birthName", "Keyless", "firstNames", "Anne", "birthDate",
                "1955-08-14", "sex", "F", "nir", "2 55 08 14 168 025 39"));
        JsonNode problem = problem(http("POST", "/api/patients", body, gp.bearer()), 400, "nir");
        assertEquals("nir", problem.get("field").asText());
        assertEquals(0, json(get("/api/patients?name=keyless", gp.bearer())).get("items").size());
        String corsican = CabinetAccounts.json(Map.of("birthName", "Keyless", "firstNames", "Anne", "birthDate",
                "1953-07-01", "sex", "F", "nir", "2 53 07 2B 073 004 70"));
        assertEquals(201, http("POST", "/api/patients", corsican, gp.bearer()).statusCode());
    }

    @Test
    public void refusesAPossibleDuplicateUnlessConfirmedDistinct() {
        Account gp = gp();
        String first = CabinetAccounts.json(Map.of("birthName", "Doublon", "firstNames", "Léa", "birthDate",
                "1990-02-03", "sex", "F"));
        createPatient(gp, first);
        String again = CabinetAccounts.json(Map.of("birthName", "DOUBLON", "firstNames", "Lea Rose", "birthDate",
                "1990-02-03", "sex", "F"));
        JsonNode problem = problem(http("POST", "/api/patients", again, gp.bearer()), 409, null);
        assertEquals("possible-duplicate", problem.get("reason").asText());
        assertEquals(1, json(get("/api/patients?name=doublon", gp.bearer())).get("items").size());
        String confirmed = CabinetAccounts.json(Map.of("birthName", "DOUBLON", "firstNames", "Lea Rose", "birthDate",
                "1990-02-03", "sex", "F", "confirmDistinct", true));
        createPatient(gp, confirmed);
    }

    @Test
    public void changesNeedTheCurrentVersion() {
        Account gp = gp();
        HttpResponse<String> created = http("POST", "/api/patients", newPatientJson("Versionne", "Paul", "M"), gp.bearer());
        String id = json(created).get("id").asText();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        String change = CabinetAccounts.json(Map.of("birthName", "Versionné", "firstNames", "Paul", "birthDate",
                json(created).get("birthDate").asText(), "sex", "M"));
        problem(http("PUT", "/api/patients/" + id, change, gp.bearer()), 428, null);
        HttpResponse<String> changed = http("PUT", "/api/patients/" + id, change, ifMatch(gp, etag));
        assertEquals(changed.body(), 200, changed.statusCode());
        assertFalse(etag.equals(changed.headers().firstValue("ETag").orElseThrow()));
        JsonNode stale = problem(http("PUT", "/api/patients/" + id, change, ifMatch(gp, etag)), 412, null);
        assertEquals("stale-version", stale.get("reason").asText());
    }

    @Test
    public void qualifiesAnIdentityAndShowsTheInsOnlyThen() {
        Account gp = gp();
        HttpResponse<String> created = http("POST", "/api/patients", CabinetAccounts.json(Map.of("birthName", "Qualifiee",
                "firstNames", "Zoé", "birthDate", "1995-10-02", "sex", "F", "nir", "2 95 10 99 126 111 93")), gp.bearer());
        String id = json(created).get("id").asText();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        problem(http("PUT", "/api/patients/" + id + "/identity-status", CabinetAccounts.json(Map.of("status", "QUAL",
                "basis", java.util.List.of("identity-document"))), ifMatch(gp, etag)), 400, "basis");
        HttpResponse<String> qualified = http("PUT", "/api/patients/" + id + "/identity-status", CabinetAccounts.json(
                Map.of("status", "QUAL", "basis", java.util.List.of("identity-document", "insi-result"))), ifMatch(gp, etag));
        assertEquals(qualified.body(), 200, qualified.statusCode());
        assertEquals("295109912611193", json(qualified).get("ins").get("matricule").asText());
        assertEquals("1.2.250.1.213.1.4.8", json(qualified).get("ins").get("oid").asText());
    }

    @Test
    public void mergesTwoRecordsOfOnePerson() throws InterruptedException {
        Account gp = gp();
        HttpResponse<String> survivor = http("POST", "/api/patients", newPatientJson("Fusion", "Jean", "M"), gp.bearer());
        String survivorId = json(survivor).get("id").asText();
        JsonNode duplicate = createPatient(gp, CabinetAccounts.json(Map.of("birthName", "Fusion", "firstNames", "Jean",
                "birthDate", json(survivor).get("birthDate").asText(), "sex", "M", "confirmDistinct", true)));
        String duplicateId = duplicate.get("id").asText();
        caresFor(gp, survivorId);
        caresFor(gp, duplicateId);
        CabinetAccounts.expect(http("POST", "/api/patients/" + duplicateId + "/encounters",
                CabinetAccounts.json(Map.of("kind", "consultation")), gp.bearer()), 201, "an encounter of the duplicate");
        BlockingQueue<Event> announced = new LinkedBlockingQueue<>();
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(EventHandler.class, announced::add,
                new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, PatientEvents.MERGED)));
        try {
            HttpResponse<String> merged = http("POST", "/api/patients/" + survivorId + "/merge",
                    CabinetAccounts.json(Map.of("duplicateId", duplicateId)),
                    ifMatch(gp, survivor.headers().firstValue("ETag").orElseThrow()));
            assertEquals(merged.body(), 200, merged.statusCode());
            Event event = announced.poll(10, TimeUnit.SECONDS);
            assertEquals("modules learn of the merge", duplicateId, event.getProperty(PatientEvents.DUPLICATE));
            assertEquals(survivorId, event.getProperty(PatientEvents.SURVIVOR));
        } finally {
            listener.unregister();
        }
        assertEquals("the duplicate's encounter now belongs to the survivor", 1,
                json(get("/api/patients/" + survivorId + "/encounters", gp.bearer())).get("items").size());
        JsonNode gone = json(get("/api/patients/" + duplicateId, gp.bearer()));
        assertEquals(survivorId, gone.get("mergedInto").asText());
        assertEquals(1, json(get("/api/patients?name=fusion&birthDate=" + json(survivor).get("birthDate").asText(),
                gp.bearer())).get("items").size());
        assertTrue(audited(duplicateId, gp, "update", "patient", "success"));
    }

    @Test
    public void installersCountFindByNirAndMakeDemoDataAtTheConsole() {
        Account gp = gp();
        JsonNode patient = createPatient(gp, CabinetAccounts.json(Map.of("birthName", "Console", "firstNames", "Ana",
                "birthDate", "1953-07-09", "sex", "F", "nir", "2 53 07 2A 073 004 43")));
        long before = count();
        String found = execute("cabinet:patient-find-nir '2 53 07 2A 073 004 43'");
        assertTrue(found, found.contains(patient.get("id").asText()));
        assertTrue("the look-up is audited under the console user", accesses(patient.get("id").asText()).stream()
                .anyMatch(row -> row.get("actor").asText().startsWith("console") && row.get("action").asText().equals("read")));
        assertTrue(execute("cabinet:patient-find-nir 2530719073004").contains("not a NIR"));
        Account doctor = accounts().create(admin(), "demo-doctor", "gp");
        String made = execute("cabinet:demo-data --patients 30 --encounters 4 --seed 7 --practitioner " + doctor.id());
        assertTrue(made, made.contains("Made 30 patients") && made.contains("30 appointments"));
        assertEquals(before + 30, count());
        // the demo appointments open the demo patients' charts to their practitioner, and to no one else
        JsonNode booked = json(get("/api/appointments?practitioner=" + doctor.id() + "&limit=200", doctor.bearer()));
        assertEquals(30, booked.get("items").size());
        String demoPatient = booked.get("items").get(0).get("patientId").asText();
        JsonNode chart = json(get("/api/patients/" + demoPatient + "/chart", doctor.bearer()));
        assertTrue(chart.toString(), chart.get("encounters").size() >= 2);
        assertEquals(403, get("/api/patients/" + demoPatient + "/chart", gp.bearer()).statusCode());
    }

    private long count() {
        String counted = execute("cabinet:patient-count").strip();
        return Long.parseLong(counted.substring(0, counted.indexOf(' ')));
    }

    @Test
    public void refusesAnUnauthenticatedSearch() {
        assertEquals(401, get("/api/patients?name=a", Map.of()).statusCode());
    }
}
