package org.cabinet.itests.exam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cabinet.api.billing.BillableAct;
import org.cabinet.api.billing.BillableAct.Nomenclature;
import org.cabinet.api.billing.BillableActSource;
import org.cabinet.itests.access.CabinetAccounts;
import org.cabinet.itests.access.CabinetAccounts.Account;
import org.junit.Test;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Billing in the assembled distribution: care records priced from the dated tariff table, payments, a
 * practitioner's day, concurrent changes, acts a module contributes while it runs, and administrators' tariffs.
 */
public class BillingIT extends ClinicalTestSupport {

    private static Account cashier;
    private static Account outsider;

    @Test
    public void pricesACareRecordFromTheTariffTable() {
        Account gp = gp();
        String patient = newPatient("Facture");
        caresFor(gp, patient);
        HttpResponse<String> created = http("POST", "/api/billing/care-records", careRecord(encounter(gp, patient),
                List.of(act("G", null), act("MHP", null), act("C", 2.5)), "NONE", "AMO"), gp.bearer());
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode record = json(created);
        assertEquals(3000, record.get("acts").get(0).get("amountCents").asLong());
        assertEquals(500, record.get("acts").get(1).get("amountCents").asLong());
        assertEquals(5750, record.get("acts").get(2).get("amountCents").asLong());
        assertEquals("2.5", record.get("acts").get(2).get("coefficient").asText());
        assertEquals(9250, record.get("totalCents").asLong());
        assertEquals(6475, record.get("thirdPartyCents").asLong());
        assertEquals(2775, record.get("leftToPayCents").asLong());
        assertEquals(LocalDate.now(ZoneId.of("Europe/Paris")).toString(), record.get("serviceDate").asText());

        String id = record.get("id").asText();
        assertEquals(200, get("/api/billing/care-records/" + id, gp.bearer()).statusCode());
        assertEquals(id, json(get("/api/billing/care-records?encounter=" + record.get("encounterId").asText(),
                gp.bearer())).get("id").asText());
        problem(http("POST", "/api/billing/care-records", careRecord(record.get("encounterId").asText(),
                List.of(act("G", null)), null, null), gp.bearer()), 409, null);
        assertEquals("acts[1].code", problem(http("POST", "/api/billing/care-records", careRecord(encounter(gp, patient),
                List.of(act("G", null), act("NOPE", null)), null, null), gp.bearer()), 400, "acts[1].code")
                .path("field").asText());
        problem(http("POST", "/api/billing/care-records", careRecord(encounter(gp, patient),
                List.of(act("G", null)), "HOLIDAY", null), gp.bearer()), 400, "exemption");
        assertTrue(audited(patient, gp, "create", "care-record", "success"));
        assertTrue(audited(patient, gp, "read", "care-record", "success"));
        assertTrue(audited(patient, gp, "create", "care-record", "rolled_back"));
    }

    @Test
    public void recordsPaymentsAndReconcilesThePractitionersDay() {
        Account gp = cashier();
        String first = newPatient("Caisse");
        String second = newPatient("Comptoir");
        caresFor(gp, first);
        caresFor(gp, second);
        JsonNode paidInPart = json(CabinetAccounts.expect(http("POST", "/api/billing/care-records",
                careRecord(encounter(gp, first), List.of(act("G", null), act("MHP", null)), null, null), gp.bearer()),
                201, "billing the first patient"));
        JsonNode thirdParty = json(CabinetAccounts.expect(http("POST", "/api/billing/care-records",
                careRecord(encounter(gp, second), List.of(act("G", null)), "ALD", "AMO"), gp.bearer()), 201,
                "billing the second patient"));
        assertEquals(0, thirdParty.get("leftToPayCents").asLong());
        String payments = "/api/billing/care-records/" + paidInPart.get("id").asText() + "/payments";

        JsonNode afterCash = json(CabinetAccounts.expect(http("POST", payments, payment("CASH", 1500), gp.bearer()),
                201, "paying cash"));
        assertEquals(2000, afterCash.get("leftToPayCents").asLong());
        problem(http("POST", payments, payment("CARD", 2001), gp.bearer()), 400, "amountCents");
        problem(http("POST", payments, payment("BITCOIN", 100), gp.bearer()), 400, "method");
        JsonNode afterCard = json(CabinetAccounts.expect(http("POST", payments, payment("CARD", 1200), gp.bearer()),
                201, "paying by card"));
        assertEquals(800, afterCard.get("leftToPayCents").asLong());
        assertEquals(2, afterCard.get("payments").size());

        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        String dayPath = "/api/billing/day?practitioner=" + gp.id() + "&date=" + today;
        JsonNode day = json(CabinetAccounts.expect(get(dayPath, gp.bearer()), 200, "reconciling the day"));
        assertEquals(2, day.get("careRecords").asInt());
        assertEquals(6500, day.get("billedCents").asLong());
        assertEquals(1500, day.get("receivedByMethod").get("CASH").asLong());
        assertEquals(1200, day.get("receivedByMethod").get("CARD").asLong());
        assertEquals(0, day.get("receivedByMethod").get("CHEQUE").asLong());
        assertEquals(2700, day.get("receivedCents").asLong());
        assertEquals(800, day.get("outstandingCents").asLong());
        assertEquals(3000, day.get("thirdPartyCents").asLong());
        assertEquals("G", day.get("acts").get(0).get("code").asText());
        assertEquals(2, day.get("acts").get(0).get("count").asInt());

        HttpResponse<String> export = get(dayPath.replace("/day?", "/day/csv?"), gp.bearer());
        assertEquals(export.body(), 200, export.statusCode());
        assertTrue(export.body(), export.body().contains("received;CASH;;15.00"));
        assertTrue(export.body(), export.body().contains("total;outstanding;;8.00"));

        problem(get(dayPath, gp().bearer()), 403, null);
        assertEquals(200, get(dayPath, asAdmin()).statusCode());
        assertTrue(audited(first, gp, "create", "payment", "success"));
    }

    @Test
    public void changesACareRecordOnlyWithTheCurrentVersion() {
        Account gp = gp();
        String patient = newPatient("Version");
        caresFor(gp, patient);
        HttpResponse<String> created = http("POST", "/api/billing/care-records", careRecord(encounter(gp, patient),
                List.of(act("G", null)), null, null), gp.bearer());
        assertEquals(created.body(), 201, created.statusCode());
        String id = json(created).get("id").asText();
        String path = "/api/billing/care-records/" + id;
        String etag = created.headers().firstValue("ETag").orElseThrow();
        String change = careRecord(null, List.of(act("G", null), act("MHP", null)), "NONE", "AMO_AMC");

        problem(http("PUT", path, change, gp.bearer()), 428, null);
        HttpResponse<String> paid = CabinetAccounts.expect(http("POST", path + "/payments", payment("CHEQUE", 1000),
                gp.bearer()), 201, "paying");
        problem(http("PUT", path, change, ifMatch(gp, etag)), 412, null);
        HttpResponse<String> current = get(path, gp.bearer());
        assertEquals(current.headers().firstValue("ETag"), paid.headers().firstValue("ETag"));
        JsonNode paidMoreThanShare = problem(http("PUT", path, change,
                ifMatch(gp, current.headers().firstValue("ETag").orElseThrow())), 409, null);
        assertEquals("paid-exceeds-share", paidMoreThanShare.get("reason").asText());
        HttpResponse<String> changed = http("PUT", path, careRecord(null, List.of(act("G", null), act("MHP", null)),
                "NONE", "NONE"), ifMatch(gp, current.headers().firstValue("ETag").orElseThrow()));
        assertEquals(changed.body(), 200, changed.statusCode());
        assertEquals(3500, json(changed).get("totalCents").asLong());
        assertEquals(2500, json(changed).get("leftToPayCents").asLong());
        assertTrue(audited(patient, gp, "update", "care-record", "success"));
    }

    @Test
    public void refusesToBillOutsideTheCareRelationship() {
        Account gp = gp();
        String patient = newPatient("Etranger");
        caresFor(gp, patient);
        String encounter = encounter(gp, patient);
        Account other = outsider();
        problem(http("POST", "/api/billing/care-records", careRecord(encounter, List.of(act("G", null)), null, null),
                other.bearer()), 403, null);
        HttpResponse<String> billed = http("POST", "/api/billing/care-records", careRecord(encounter,
                List.of(act("G", null)), null, null), gp.bearer());
        assertEquals(billed.body(), 201, billed.statusCode());
        problem(get("/api/billing/care-records/" + json(billed).get("id").asText(), other.bearer()), 403, null);
    }

    @Test
    public void billsAModulesActExactlyWhileItsSourceIsRegistered() {
        Account gp = gp();
        BillableActSource source = new BillableActSource() {
            @Override
            public String moduleId() {
                return "itest-module";
            }

            @Override
            public List<BillableAct> acts() {
                return List.of(new BillableAct("ITX1", Nomenclature.NGAP, "Test act", "Acte d'essai", 4200,
                        LocalDate.of(2025, 1, 1)));
            }
        };
        ServiceRegistration<BillableActSource> registration = bundleContext.registerService(BillableActSource.class,
                source, null);
        String patient = newPatient("Module");
        caresFor(gp, patient);
        try {
            JsonNode acts = json(CabinetAccounts.expect(get("/api/billing/acts", gp.bearer()), 200, "listing acts"));
            JsonNode contributed = find(acts, "ITX1");
            assertEquals("itest-module", contributed.get("source").asText());
            assertEquals(4200, contributed.get("priceCents").asLong());
            assertEquals("core", find(acts, "G").get("source").asText());
            HttpResponse<String> billed = http("POST", "/api/billing/care-records", careRecord(encounter(gp, patient),
                    List.of(act("ITX1", 2)), null, null), gp.bearer());
            assertEquals(billed.body(), 201, billed.statusCode());
            assertEquals(8400, json(billed).get("totalCents").asLong());
        } finally {
            registration.unregister();
        }
        assertTrue(find(json(get("/api/billing/acts", gp.bearer())), "ITX1") == null);
        problem(http("POST", "/api/billing/care-records", careRecord(encounter(gp, patient),
                List.of(act("ITX1", null)), null, null), gp.bearer()), 400, "acts[0].code");
    }

    @Test
    public void administratorsDateNewTariffsWithoutRepricingThePast() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String future = today.plusDays(30).toString();
        problem(http("POST", "/api/billing/tariffs", tariff("G", 3300, today.minusDays(1).toString()), asAdmin()),
                400, "validFrom");
        problem(http("POST", "/api/billing/tariffs", tariff("G", 3300, future), gp().bearer()), 403, null);
        HttpResponse<String> dated = http("POST", "/api/billing/tariffs", tariff("G", 3300, future), asAdmin());
        assertEquals(dated.body(), 201, dated.statusCode());
        problem(http("POST", "/api/billing/tariffs", tariff("G", 3400, future), asAdmin()), 409, null);

        assertEquals(3000, find(json(get("/api/billing/acts", gp().bearer())), "G").get("priceCents").asLong());
        assertEquals(3300, find(json(get("/api/billing/acts?date=" + future, gp().bearer())), "G").get("priceCents")
                .asLong());
        assertEquals(6000, find(json(get("/api/billing/acts?date=2025-07-01", asAdmin())), "COE").get("priceCents")
                .asLong());
        assertTrue(find(json(get("/api/billing/acts?date=2025-06-30", asAdmin())), "COE") == null);
        JsonNode history = json(get("/api/billing/tariffs/G", asAdmin()));
        assertEquals(2, history.size());
        assertEquals(3000, history.get(0).get("priceCents").asLong());
        assertEquals(3300, history.get(1).get("priceCents").asLong());
        assertFalse(json(get("/api/billing/acts", asAdmin())).isEmpty());
    }

    @Test
    public void theOpenApiDocumentDescribesBillingPrescriptionsAndProfiles() {
        HttpResponse<String> document = get("/api/openapi.json", Map.of());
        assertEquals(document.body(), 200, document.statusCode());
        for (String path : List.of("/billing/care-records/{id}/payments", "/billing/day/csv", "/billing/acts",
                "/billing/tariffs", "/prescriptions/{id}/renewal", "/practitioners/{userId}/profile")) {
            assertTrue(path, document.body().contains(path));
        }
    }

    private static JsonNode find(JsonNode acts, String code) {
        for (JsonNode act : acts) {
            if (act.get("code").asText().equals(code)) {
                return act;
            }
        }
        return null;
    }

    private synchronized Account cashier() {
        if (cashier == null) {
            cashier = accounts().create(admin(), "gp-cashier", "gp");
        }
        return cashier = stillLoggedIn(cashier);
    }

    private synchronized Account outsider() {
        if (outsider == null) {
            outsider = accounts().create(admin(), "gp-not-billing", "gp");
        }
        return outsider = stillLoggedIn(outsider);
    }

    private String encounter(Account gp, String patient) {
        return json(CabinetAccounts.expect(http("POST", "/api/patients/" + patient + "/encounters",
                CabinetAccounts.json(Map.of("kind", "consultation")), gp.bearer()), 201, "recording an encounter"))
                .get("id").asText();
    }

    private static Map<String, Object> act(String code, Number coefficient) {
        Map<String, Object> act = new HashMap<>(Map.of("code", code));
        if (coefficient != null) {
            act.put("coefficient", coefficient);
        }
        return act;
    }

    private static String careRecord(String encounter, List<Map<String, Object>> acts, String exemption,
            String thirdParty) {
        Map<String, Object> body = new HashMap<>(Map.of("acts", acts));
        if (encounter != null) {
            body.put("encounterId", encounter);
        }
        if (exemption != null) {
            body.put("exemption", exemption);
        }
        if (thirdParty != null) {
            body.put("thirdParty", thirdParty);
        }
        return CabinetAccounts.json(body);
    }

    private static String payment(String method, long cents) {
        return CabinetAccounts.json(Map.of("method", method, "amountCents", cents));
    }

    private static String tariff(String code, long cents, String validFrom) {
        return CabinetAccounts.json(Map.of("code", code, "priceCents", cents, "validFrom", validFrom));
    }
}
