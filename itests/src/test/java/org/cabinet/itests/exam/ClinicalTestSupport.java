package org.cabinet.itests.exam;

import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.cabinet.itests.access.CabinetAccounts;
import org.junit.Before;
import org.ops4j.pax.exam.Option;
import org.cabinet.itests.access.CabinetAccounts.Account;

import com.fasterxml.jackson.databind.JsonNode;

/** What the clinical core's tests share: patients made over HTTP, requests with If-Match, the audit trail of a patient. */
public abstract class ClinicalTestSupport extends CabinetTestSupport {

    private static final AtomicInteger BIRTHS = new AtomicInteger();

    /** one path of each resource of the clinical core */
    private static final List<String> CORE_PATHS = List.of("/api/patients?name=a", "/api/patients/x/chart",
            "/api/patients/x/encounters", "/api/patients/x/record/allergies", "/api/appointments/today",
            "/api/agenda/types", "/api/prescriptions/x", "/api/billing/acts", "/api/billing/care-records/x",
            "/api/billing/day?date=2026-01-01", "/api/practitioners/x/profile");

    /**
     * Waits until the clinical core serves (its resources answer 401 to an anonymous request rather than 404), before
     * any account logs in: the REST application is rebuilt while the core's resources arrive.
     */
    @Before
    public void awaitClinicalCore() {
        awaitHealthy();
        for (String path : CORE_PATHS) {
            awaitStatus("GET", path, null, Map.of(), 401);
        }
    }

    /** @return this container's options, on a fresh PostgreSQL database of the test server instead of Derby */
    protected Option[] onPostgres(String database) {
        List<Option> options = new java.util.ArrayList<>(List.of(super.config()));
        options.addAll(List.of(TestPostgres.configured().cabinetDatabase(database)));
        return options.toArray(Option[]::new);
    }

    /** Sends a request; a body is JSON unless the headers say otherwise. */
    @Override
    protected HttpResponse<String> http(String method, String path, String body, Map<String, String> headers) {
        if (body == null || headers.containsKey("Content-Type")) {
            return super.http(method, path, body, headers);
        }
        Map<String, String> json = new HashMap<>(headers);
        json.put("Content-Type", "application/json");
        return super.http(method, path, body, json);
    }

    /** @return the JSON of a patient nobody else in this container has (distinct birth date) */
    protected static String newPatientJson(String birthName, String firstNames, String sex) {
        int n = BIRTHS.incrementAndGet();
        return CabinetAccounts.json(Map.of("birthName", birthName, "firstNames", firstNames, "sex", sex,
                "birthDate", String.format("19%02d-%02d-%02d", 40 + n % 60, 1 + n % 12, 1 + n % 28)));
    }

    /** Creates a patient as {@code account}, expecting 201; @return its JSON */
    protected JsonNode createPatient(Account account, String json) {
        return json(CabinetAccounts.expect(http("POST", "/api/patients", json, account.bearer()), 201, "creating a patient"));
    }

    /** @return the id of a new patient, created by the test GP (identities need no care relationship) */
    protected String newPatient(String birthName) {
        return createPatient(gp(), newPatientJson(birthName, "Camille", "F")).get("id").asText();
    }

    /** @return the account's headers plus {@code If-Match: etag} */
    protected static Map<String, String> ifMatch(Account account, String etag) {
        Map<String, String> headers = new HashMap<>(account.bearer());
        headers.put("If-Match", etag);
        return headers;
    }

    /** @return the audit trail of a patient, as the administrator reads it */
    protected List<JsonNode> accesses(String patientId) {
        HttpResponse<String> report = get("/api/audit/patients/" + patientId + "/accesses", asAdmin());
        assertEquals(report.body(), 200, report.statusCode());
        return iterable(json(report).get("rows"));
    }

    /** @return whether the patient's trail holds an event of {@code actor} with this action, resource type and outcome */
    protected boolean audited(String patientId, Account actor, String action, String resourceType, String outcome) {
        return accesses(patientId).stream().anyMatch(row -> row.get("actor").asText().equals(actor.id())
                && row.get("action").asText().equals(action) && row.get("resourceType").asText().equals(resourceType)
                && row.get("outcome").asText().equals(outcome));
    }

    protected static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** Asserts a problem answer: status, problem+json, and the field it names. */
    protected static JsonNode problem(HttpResponse<String> response, int status, String field) {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonNode problem = json(response);
        if (field != null) {
            assertEquals(response.body(), "invalid-" + field.replaceAll("\\[\\d+]", ""), problem.get("reason").asText());
        }
        return problem;
    }
}
