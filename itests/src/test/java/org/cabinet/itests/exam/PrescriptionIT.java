package org.cabinet.itests.exam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cabinet.itests.access.CabinetAccounts;
import org.cabinet.itests.access.CabinetAccounts.Account;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Prescriptions in the assembled distribution: every CSP R5132-3 field, the prescriber's profile, the bizone
 * layout, renewal and cancellation, within care relationships, each request audited.
 */
public class PrescriptionIT extends ClinicalTestSupport {

    private static Account outsider;
    private static Account newcomer;

    @Test
    public void issuesABizonePrescriptionAndReadsItBack() {
        Account gp = prescriber();
        String patient = newPatient("Ordonnance");
        caresFor(gp, patient);
        HttpResponse<String> issued = http("POST", "/api/prescriptions", prescription(patient, encounter(gp, patient),
                List.of(line("Metformine 850 mg", true), line("Paracétamol 1 g", false))), gp.bearer());
        assertEquals(issued.body(), 201, issued.statusCode());
        String id = json(issued).get("id").asText();
        assertEquals("/api/prescriptions/" + id, java.net.URI.create(issued.headers().firstValue("Location")
                .orElseThrow()).getPath());
        assertTrue(issued.headers().firstValue("ETag").orElseThrow().contains(id));

        JsonNode read = json(CabinetAccounts.expect(get("/api/prescriptions/" + id, gp.bearer()), 200, "reading it"));
        assertEquals("issued", read.get("status").asText());
        assertEquals("bizone", read.get("layout").asText());
        assertEquals("Metformine 850 mg", read.get("upperZone").get(0).get("drug").asText());
        assertEquals("Paracétamol 1 g", read.get("lowerZone").get(0).get("drug").asText());
        assertEquals(2, read.get("lines").size());
        assertEquals("10003456789", read.get("prescriber").get("rpps").asText());
        assertEquals("ORDONNANCE", read.get("patient").get("birthName").asText().toUpperCase(java.util.Locale.ROOT));
        assertEquals("F", read.get("patient").get("sex").asText());
        assertFalse(read.get("patient").get("birthDate").isNull());

        JsonNode page = json(get("/api/prescriptions?patient=" + patient + "&limit=10", gp.bearer()));
        assertEquals(1, page.get("items").size());
        assertFalse(page.get("hasMore").asBoolean());
        assertTrue(audited(patient, gp, "create", "prescription", "success"));
        assertTrue(audited(patient, gp, "read", "prescription", "success"));
    }

    @Test
    public void namesTheMissingMandatoryFieldAndWritesNothing() {
        Account gp = prescriber();
        String patient = newPatient("Incomplete");
        caresFor(gp, patient);
        String encounter = encounter(gp, patient);
        Map<String, Object> noDosage = line("Amoxicilline 1 g", false);
        noDosage.remove("dosage");
        assertField(problem(http("POST", "/api/prescriptions", prescription(patient, encounter, List.of(noDosage)),
                gp.bearer()), 400, "lines[0].dosage"), "lines[0].dosage");
        Map<String, Object> nonSubstitutable = line("Levothyrox 75 µg", false);
        nonSubstitutable.put("nonSubstitutable", true);
        JsonNode refused = problem(http("POST", "/api/prescriptions", prescription(patient, encounter,
                List.of(line("Paracétamol 1 g", false), nonSubstitutable)), gp.bearer()), 400,
                "lines[1].nonSubstitutionReason");
        assertField(refused, "lines[1].nonSubstitutionReason");
        Map<String, Object> noDuration = line("Amoxicilline 1 g", false);
        noDuration.remove("durationDays");
        assertField(problem(http("POST", "/api/prescriptions", prescription(patient, encounter, List.of(noDuration)),
                gp.bearer()), 400, "lines[0].durationDays"), "lines[0].durationDays");
        problem(http("POST", "/api/prescriptions", prescription(patient, null, List.of(line("X", false))),
                gp.bearer()), 400, "encounterId");

        assertEquals(0, json(get("/api/prescriptions?patient=" + patient, gp.bearer())).get("items").size());
        assertTrue(audited(patient, gp, "create", "prescription", "rolled_back"));
        assertFalse(audited(patient, gp, "create", "prescription", "success"));
    }

    @Test
    public void aChildsPrescriptionCarriesTheWeight() {
        Account gp = prescriber();
        String child = createPatient(gp, CabinetAccounts.json(Map.of("birthName", "Petit", "firstNames", "Léo",
                "sex", "M", "birthDate", "2021-03-14"))).get("id").asText();
        caresFor(gp, child);
        String encounter = encounter(gp, child);
        problem(http("POST", "/api/prescriptions", prescription(child, encounter, List.of(line("Amoxicilline", false))),
                gp.bearer()), 400, "weightKg");
        Map<String, Object> weighed = new HashMap<>(Map.of("patientId", child, "encounterId", encounter, "weightKg",
                17.5, "lines", List.of(line("Amoxicilline 250 mg/5 ml", false))));
        HttpResponse<String> issued = http("POST", "/api/prescriptions", CabinetAccounts.json(weighed), gp.bearer());
        assertEquals(issued.body(), 201, issued.statusCode());
        assertEquals("17.5", json(issued).get("weightKg").asText());
        assertEquals("standard", json(issued).get("layout").asText());
    }

    @Test
    public void renewsAPrescriptionAndCancelsOnlyWithTheCurrentVersion() {
        Account gp = prescriber();
        String patient = newPatient("Renouvellement");
        caresFor(gp, patient);
        HttpResponse<String> original = http("POST", "/api/prescriptions", prescription(patient,
                encounter(gp, patient), List.of(line("Amlodipine 5 mg", true))), gp.bearer());
        assertEquals(original.body(), 201, original.statusCode());
        String originalId = json(original).get("id").asText();

        HttpResponse<String> renewal = http("POST", "/api/prescriptions/" + originalId + "/renewal",
                CabinetAccounts.json(Map.of("encounterId", encounter(gp, patient))), gp.bearer());
        assertEquals(renewal.body(), 201, renewal.statusCode());
        JsonNode renewed = json(renewal);
        assertEquals(originalId, renewed.get("renewalOf").asText());
        assertEquals("Amlodipine 5 mg", renewed.get("lines").get(0).get("drug").asText());
        assertEquals("bizone", renewed.get("layout").asText());
        assertFalse(originalId.equals(renewed.get("id").asText()));

        String path = "/api/prescriptions/" + originalId;
        problem(http("DELETE", path, null, gp.bearer()), 428, null);
        problem(http("DELETE", path, null, ifMatch(gp, "\"" + originalId + ".99\"")), 412, null);
        HttpResponse<String> cancelled = http("DELETE", path, null,
                ifMatch(gp, original.headers().firstValue("ETag").orElseThrow()));
        assertEquals(cancelled.body(), 200, cancelled.statusCode());
        assertEquals("cancelled", json(cancelled).get("status").asText());
        problem(http("POST", path + "/renewal", CabinetAccounts.json(Map.of("encounterId", encounter(gp, patient))),
                gp.bearer()), 409, null);
        assertEquals(2, json(get("/api/prescriptions?patient=" + patient, gp.bearer())).get("items").size());
        assertTrue(audited(patient, gp, "update", "prescription", "success"));
    }

    @Test
    public void refusesAPractitionerOutsideTheCareRelationship() {
        Account gp = prescriber();
        String patient = newPatient("Ailleurs");
        caresFor(gp, patient);
        String encounter = encounter(gp, patient);
        HttpResponse<String> issued = http("POST", "/api/prescriptions", prescription(patient, encounter,
                List.of(line("Paracétamol 1 g", false))), gp.bearer());
        assertEquals(issued.body(), 201, issued.statusCode());
        Account other = outsider();
        problem(http("POST", "/api/prescriptions", prescription(patient, encounter,
                List.of(line("Paracétamol 1 g", false))), other.bearer()), 403, null);
        problem(get("/api/prescriptions/" + json(issued).get("id").asText(), other.bearer()), 403, null);
        problem(get("/api/prescriptions?patient=" + patient, other.bearer()), 403, null);
        assertTrue(accesses(patient).stream().anyMatch(row -> row.get("actor").asText().equals(other.id())
                && row.get("outcome").asText().equals("denied")));
        assertEquals(1, json(get("/api/prescriptions?patient=" + patient, gp.bearer())).get("items").size());
    }

    @Test
    public void refusesToPrescribeWhileTheProfileLacksAMandatoryField() {
        Account gp = newcomer();
        String path = "/api/practitioners/" + gp.id() + "/profile";
        Map<String, Object> partial = new HashMap<>(profile());
        partial.remove("rpps");
        HttpResponse<String> created = http("PUT", path, CabinetAccounts.json(partial), gp.bearer());
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("rpps", json(created).get("missing").get(0).asText());
        String patient = newPatient("Profil");
        caresFor(gp, patient);
        JsonNode refused = problem(http("POST", "/api/prescriptions", prescription(patient, encounter(gp, patient),
                List.of(line("Paracétamol 1 g", false))), gp.bearer()), 409, null);
        assertEquals("prescriber-profile-incomplete", refused.get("reason").asText());
        assertField(refused, "prescriber.rpps");

        problem(http("PUT", path, CabinetAccounts.json(profile()), gp.bearer()), 428, null);
        problem(http("PUT", path, "{\"rpps\": \"12345\"}", ifMatch(gp, created.headers().firstValue("ETag")
                .orElseThrow())), 400, "rpps");
        problem(http("PUT", "/api/practitioners/" + prescriber().id() + "/profile", CabinetAccounts.json(profile()),
                gp.bearer()), 403, null);
        HttpResponse<String> completed = http("PUT", path, CabinetAccounts.json(profile()),
                ifMatch(gp, created.headers().firstValue("ETag").orElseThrow()));
        assertEquals(completed.body(), 200, completed.statusCode());
        assertEquals(0, json(completed).get("missing").size());
        assertEquals(201, http("POST", "/api/prescriptions", prescription(patient, encounter(gp, patient),
                List.of(line("Paracétamol 1 g", false))), gp.bearer()).statusCode());
        assertEquals(200, get(path, asAdmin()).statusCode());
    }

    /** The problem's {@code field} member names the field with its index. */
    private static void assertField(JsonNode problem, String field) {
        assertEquals(problem.toString(), field, problem.path("field").asText());
    }

    /** @return the test GP, with a complete profile */
    private Account prescriber() {
        Account gp = gp();
        String path = "/api/practitioners/" + gp.id() + "/profile";
        if (get(path, gp.bearer()).statusCode() == 404) {
            CabinetAccounts.expect(http("PUT", path, CabinetAccounts.json(profile()), gp.bearer()), 201,
                    "writing the prescriber's profile");
        }
        return gp;
    }

    private synchronized Account outsider() {
        if (outsider == null) {
            outsider = accounts().create(admin(), "gp-elsewhere", "gp");
        }
        return outsider = stillLoggedIn(outsider);
    }

    private synchronized Account newcomer() {
        if (newcomer == null) {
            newcomer = accounts().create(admin(), "gp-newcomer", "gp");
        }
        return newcomer = stillLoggedIn(newcomer);
    }

    private static Map<String, Object> profile() {
        return Map.of("name", "Dr Anne Martin", "qualification", "Médecin généraliste", "rpps", "10003456789",
                "address", "12 rue des Lilas, 69003 Lyon", "phone", "04 78 00 00 00",
                "email", "anne.martin@cabinet.example");
    }

    private String encounter(Account gp, String patient) {
        return json(CabinetAccounts.expect(http("POST", "/api/patients/" + patient + "/encounters",
                CabinetAccounts.json(Map.of("kind", "consultation")), gp.bearer()), 201, "recording an encounter"))
                .get("id").asText();
    }

    static Map<String, Object> line(String drug, boolean ald) {
        return new HashMap<>(Map.of("drug", drug, "dosage", "1 comprimé matin et soir", "durationDays", 30,
                "ald", ald));
    }

    private static String prescription(String patient, String encounter, List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>(Map.of("patientId", patient, "lines", lines));
        if (encounter != null) {
            body.put("encounterId", encounter);
        }
        return CabinetAccounts.json(body);
    }
}
