package org.cabinet.itests.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.security.CareRelationshipSource;
import org.cabinet.itests.access.CabinetAccounts;
import org.cabinet.itests.access.CabinetAccounts.Account;
import org.cabinet.itests.access.TestTotp;
import org.cabinet.itests.store.TestRecordData;
import org.cabinet.itests.store.TestRecordStore;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Identity and access through HTTP on the assembled distribution: the authorization matrix, the bypass strings,
 * the first administrator's setup, lockout, session expiry and revocation, care relationships and break-glass,
 * and the freeze an alert asks for.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class SecurityIT extends CabinetTestSupport {

    /** Who may call what: every route × every role, and anonymous. {record} is a record nobody cares for. */
    private static final String MATRIX = """
            route                                      anonymous admin gp  midwife nurse secretary coordinator patient
            GET /api/health                            200       200   200 200     200   200       200         200
            GET /api/setup                             200       200   200 200     200   200       200         200
            GET /api/auth/me                           401       200   200 200     200   200       200         200
            GET /api/users                             401       200   403 403     403   403       403         403
            POST /api/users                            401       400   403 403     403   403       403         403
            GET /api/roles                             401       200   403 403     403   403       403         403
            PUT /api/roles/nurse/permissions           401       400   403 403     403   403       403         403
            GET /api/audit/verify                      401       200   403 403     403   403       403         403
            GET /api/audit/patients/p-matrix/accesses  401       200   403 403     403   403       403         403
            GET /api/audit/users/u-matrix/activity     401       200   403 403     403   403       403         403
            GET /api/alerts                            401       200   403 403     403   403       403         403
            GET /api/care-teams/p-matrix               401       200   403 403     403   403       200         403
            GET /api/test-records/count                401       403   200 200     200   403       403         403
            POST /api/test-records/missing             401       403   200 200     200   403       403         403
            GET /api/test-records/{record}             401       403   403 403     403   403       403         403
            """;

    /** Ways to write a protected route {@code /api<tail>} that a careless check could read as another path. */
    private static final List<java.util.function.UnaryOperator<String>> BYPASSES = List.of(
            tail -> "/api/health/..;" + tail, tail -> "/api/health/.." + tail, tail -> "/api/health/%2e%2e" + tail,
            tail -> "/api/health/%2E%2E" + tail, tail -> "/api/health/%252e%252e" + tail, tail -> "/api/." + tail,
            tail -> "//api" + tail, tail -> "/api" + tail + ";jsessionid=0", tail -> "/api" + tail + ";",
            tail -> "/api/health;jsessionid=0/.." + tail, tail -> "/api/" + tail, tail -> "/api" + tail + "/.",
            tail -> "/api/health%2f.." + tail, tail -> "/API" + tail, tail -> "/Api" + tail.toUpperCase(java.util.Locale.ROOT),
            tail -> "/api/health\\.." + tail, tail -> "/api/setup/.." + tail, tail -> "/api/auth/login/../.." + tail,
            tail -> "/api/health%00" + tail);

    @Configuration
    @Override
    public Option[] config() {
        return withTestStore(super.config());
    }

    @Test
    public void everyRouteAnswersEveryRoleAsTheTableSays() {
        Map<String, Map<String, String>> headersByRole = new LinkedHashMap<>();
        headersByRole.put("anonymous", Map.of());
        headersByRole.put("admin", asAdmin());
        for (String role : List.of("gp", "midwife", "nurse", "secretary", "coordinator", "patient")) {
            headersByRole.put(role, accounts().create(admin(), "matrix-" + role, role).bearer());
        }
        String record = record("Matrix").id();
        List<String> lines = MATRIX.strip().lines().toList();
        List<String> roles = List.of(lines.get(0).strip().split("\\s+")).subList(1, 9);
        List<String> mismatches = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.strip().split("\\s+");
            String method = cells[0];
            String path = cells[1].replace("{record}", record);
            for (int i = 0; i < roles.size(); i++) {
                String body = method.equals("GET") ? null : path.endsWith("/missing") ? "[]" : "{}";
                Map<String, String> headers = new LinkedHashMap<>(headersByRole.get(roles.get(i)));
                headers.put("Content-Type", "application/json");
                int status = http(method, path, body, headers).statusCode();
                if (status != Integer.parseInt(cells[2 + i])) {
                    mismatches.add(method + " " + cells[1] + " as " + roles.get(i) + ": " + status + ", table says " + cells[2 + i]);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    public void noPathTrickReachesAProtectedRoute() {
        awaitHealthy();
        List<String> reached = new ArrayList<>();
        List<String> protectedRoutes = MATRIX.strip().lines().skip(1).map(line -> line.strip().split("\\s+"))
                .filter(cells -> cells[0].equals("GET") && !cells[2].equals("200")).map(cells -> cells[1]).toList();
        for (String route : protectedRoutes) {
            String tail = route.substring("/api".length());
            for (java.util.function.UnaryOperator<String> bypass : BYPASSES) {
                String path = bypass.apply(tail);
                int status = rawStatus(path);
                if (status == 200 || status / 100 == 5) {
                    reached.add(path + " -> " + status);
                }
            }
        }
        assertThat(reached).as("bypass strings that were served").isEmpty();
    }

    @Test
    public void theSetupTokenCreatesOneAdministratorOnly() throws Exception {
        admin();
        String token = CabinetAccounts.setupToken(Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log")));
        HttpResponse<String> again = http("POST", "/api/setup", CabinetAccounts.json(Map.of("token", token, "username",
                "second-admin", "displayName", "Second", "password", CabinetAccounts.passphrase())),
                Map.of("Content-Type", "application/json"));
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(json(again).path("reason").asText()).isEqualTo("setup-closed");
        assertThat(json(get("/api/setup", Map.of())).path("open").asBoolean()).isFalse();
        assertThat(json(get("/api/users", asAdmin()))).isNotEmpty();
    }

    @Test
    public void aFirstLoginWithThePasswordAloneCanOnlyEnrolTheSecondFactor() {
        String password = CabinetAccounts.passphrase();
        CabinetAccounts.expect(http("POST", "/api/users", CabinetAccounts.json(Map.of("username", "dr.enrol",
                "displayName", "Dr Enrol", "password", password, "roles", List.of("gp"))),
                admin().bearer(Map.of("Content-Type", "application/json"))), 201, "creating dr.enrol");
        JsonNode first = json(accounts().login("dr.enrol", password, null));
        assertThat(first.path("scope").asText()).isEqualTo("enrol");
        Map<String, String> enrolling = Map.of("Authorization", "Bearer " + first.path("token").asText());
        HttpResponse<String> elsewhere = get("/api/test-records/count", enrolling);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(json(elsewhere).path("reason").asText()).isEqualTo("second-factor-enrolment");
        JsonNode enrolment = json(http("POST", "/api/auth/second-factor", null, enrolling));
        assertThat(enrolment.path("otpauthUri").asText()).startsWith("otpauth://totp/Cabinet:dr.enrol?secret=");
        assertThat(enrolment.path("qrCodeSvg").asText()).startsWith("<svg");
        String secret = enrolment.path("secret").asText();
        assertThat(http("POST", "/api/auth/second-factor/confirm", "{\"code\":\"000000\"}", json(enrolling)).statusCode())
                .isEqualTo(400);
        JsonNode recovery = json(http("POST", "/api/auth/second-factor/confirm",
                "{\"code\":\"" + TestTotp.code(secret, Instant.now()) + "\"}", json(enrolling)));
        assertThat(recovery.path("recoveryCodes")).hasSize(10);

        assertThat(get("/api/auth/me", enrolling).statusCode()).as("the enrolment session ended").isEqualTo(401);
        HttpResponse<String> withoutCode = accounts().login("dr.enrol", password, null);
        assertThat(withoutCode.statusCode()).isEqualTo(401);
        assertThat(json(withoutCode).path("reason").asText()).isEqualTo("second-factor-required");
        HttpResponse<String> withRecovery = http("POST", "/api/auth/login", CabinetAccounts.json(Map.of("username",
                "DR.ENROL", "password", password, "recoveryCode", recovery.path("recoveryCodes").get(0).asText())),
                Map.of("Content-Type", "application/json"));
        assertThat(json(withRecovery).path("scope").asText()).isEqualTo("full");
        assertThat(http("POST", "/api/auth/login", CabinetAccounts.json(Map.of("username", "dr.enrol", "password",
                password, "recoveryCode", recovery.path("recoveryCodes").get(0).asText())),
                Map.of("Content-Type", "application/json")).statusCode()).as("a recovery code is good once").isEqualTo(401);
    }

    @Test
    public void tenFailuresThrottleTheAccountWhateverItsCaseUntilTheWindowPassesOrAnAdministratorUnlocksIt() {
        // a fresh window, a day ahead, so that the failures of other tests do not count
        try (MovableClock clock = new MovableClock(bundleContext)) {
            CabinetAccounts accounts = new CabinetAccounts(baseUrl(), clock::now);
            Account boss = accounts.create(admin(), "admin.lockout", "admin");
            Account nurse = accounts.create(boss, "nurse.locked", "nurse");
            clock.advance(Duration.ofDays(1));
            boss = accounts.loginAgain(boss);
            for (int i = 0; i < 10; i++) {
                assertThat(accounts.login(i % 2 == 0 ? "nurse.locked" : "NURSE.Locked", "wrong password " + i, "000000")
                        .statusCode()).isEqualTo(401);
            }
            HttpResponse<String> throttled = accounts.login(nurse.username(), nurse.password(),
                    TestTotp.code(nurse.secret(), clock.now()));
            assertThat(throttled.statusCode()).as("even the right password").isEqualTo(429);
            assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
            for (int i = 0; i < 10; i++) {
                accounts.login("nobody.here", "wrong password " + i, null);
            }
            HttpResponse<String> unknown = accounts.login("nobody.here", "wrong password", null);
            assertThat(unknown.statusCode()).as("the same answer for an account that does not exist").isEqualTo(429);
            assertThat(unknown.body()).isEqualTo(throttled.body());
            assertThat(json(get("/api/audit/users/" + nurse.id() + "/activity?action=lockout", boss.bearer())).path("rows")).hasSize(1);

            CabinetAccounts.expect(http("POST", "/api/users/" + nurse.id() + "/unlock", null, boss.bearer()), 200, "unlocking");
            assertThat(accounts.login(nurse.username(), nurse.password(), TestTotp.code(nurse.secret(), clock.now()))
                    .statusCode()).as("unlocked by an administrator").isEqualTo(200);

            for (int i = 0; i < 10; i++) {
                accounts.login(nurse.username(), "wrong again " + i, null);
            }
            clock.advance(Duration.ofMinutes(1));
            assertThat(accounts.login(nurse.username(), nurse.password(), TestTotp.code(nurse.secret(), clock.now()))
                    .statusCode()).isEqualTo(429);
            clock.advance(Duration.ofMinutes(15));
            assertThat(accounts.login(nurse.username(), nurse.password(), TestTotp.code(nurse.secret(), clock.now()))
                    .statusCode()).as("the window slid past the failures").isEqualTo(200);
        }
    }

    @Test
    public void failuresFromOneAddressAcrossAccountsAreThrottledToo() {
        try (MovableClock clock = new MovableClock(bundleContext)) {
            CabinetAccounts accounts = new CabinetAccounts(baseUrl(), clock::now);
            Account midwife = accounts.create(admin(), "midwife.sprayed", "midwife");
            clock.advance(Duration.ofDays(2));
            for (int i = 0; i < 30; i++) {
                assertThat(accounts.login("sprayed-" + i, "wrong password", null).statusCode()).isEqualTo(401);
            }
            assertThat(accounts.login(midwife.username(), midwife.password(), TestTotp.code(midwife.secret(), clock.now()))
                    .statusCode()).as("30 failures from this address within the window").isEqualTo(429);
        }
        assertThat(accounts().login("sprayed-0", "wrong password", null).statusCode())
                .as("back in real time, the failures recorded ahead of it do not count").isEqualTo(401);
    }

    @Test
    public void sessionsEndAfterThirtyIdleMinutesOrTwelveHoursAndAtLogout() {
        try (MovableClock clock = new MovableClock(bundleContext)) {
            CabinetAccounts accounts = new CabinetAccounts(baseUrl(), clock::now);
            Account midwife = accounts.create(admin(), "midwife.sessions", "midwife");
            clock.advance(Duration.ofMinutes(29));
            assertThat(get("/api/auth/me", midwife.bearer()).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(31));
            assertThat(get("/api/auth/me", midwife.bearer()).statusCode()).as("idle 31 minutes").isEqualTo(401);

            Account busy = accounts.loginAgain(midwife);
            for (int hour = 0; hour < 11; hour++) {
                for (int quarter = 0; quarter < 4; quarter++) {
                    clock.advance(Duration.ofMinutes(15));
                    assertThat(get("/api/auth/me", busy.bearer()).statusCode()).isEqualTo(200);
                }
            }
            clock.advance(Duration.ofMinutes(61));
            assertThat(get("/api/auth/me", busy.bearer()).statusCode()).as("12 hours after the login").isEqualTo(401);

            Account again = accounts.loginAgain(midwife);
            assertThat(http("POST", "/api/auth/logout", null, again.bearer()).statusCode()).isEqualTo(204);
            assertThat(get("/api/auth/me", again.bearer()).statusCode()).as("after logout").isEqualTo(401);
        }
    }

    @Test
    public void disablingAnAccountOrResettingItsPasswordEndsItsSessionsAtOnce() {
        Account secretary = accounts().create(admin(), "secretary.leaving", "secretary");
        Account other = accounts().loginAgain(secretary);
        CabinetAccounts.expect(http("POST", "/api/users/" + secretary.id() + "/disable", null, asAdmin()), 200, "disabling");
        assertThat(get("/api/auth/me", secretary.bearer()).statusCode()).isEqualTo(401);
        assertThat(get("/api/auth/me", other.bearer()).statusCode()).isEqualTo(401);
        assertThat(accounts().login(secretary.username(), secretary.password(), accounts().nextCode(other))
                .statusCode()).isEqualTo(401);

        Account coordinator = accounts().create(admin(), "coordinator.reset", "coordinator");
        String password = CabinetAccounts.passphrase();
        CabinetAccounts.expect(http("POST", "/api/users/" + coordinator.id() + "/password",
                CabinetAccounts.json(Map.of("password", password)), admin().bearer(Map.of("Content-Type",
                        "application/json"))), 200, "resetting the password");
        assertThat(get("/api/auth/me", coordinator.bearer()).statusCode()).isEqualTo(401);
        assertThat(http("POST", "/api/users/" + coordinator.id() + "/password", CabinetAccounts.json(Map.of("password",
                "azerty123456")), admin().bearer(Map.of("Content-Type", "application/json"))).statusCode())
                .as("a common password").isEqualTo(400);
    }

    @Test
    public void theLastActiveAdministratorCannotBeDisabled() {
        for (JsonNode user : json(get("/api/users", asAdmin()))) {
            if (user.path("roles").toString().contains("admin") && user.path("status").asText().equals("active")
                    && !user.path("id").asText().equals(admin().id())) {
                CabinetAccounts.expect(http("POST", "/api/users/" + user.path("id").asText() + "/disable", null,
                        asAdmin()), 200, "disabling another administrator");
            }
        }
        HttpResponse<String> refused = http("POST", "/api/users/" + admin().id() + "/disable", null, asAdmin());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("reason").asText()).isEqualTo("last-administrator");
        HttpResponse<String> demoted = http("PUT", "/api/users/" + admin().id() + "/roles",
                "{\"roles\":[\"gp\"]}", admin().bearer(Map.of("Content-Type", "application/json")));
        assertThat(demoted.statusCode()).isEqualTo(409);
        assertThat(get("/api/users", asAdmin()).statusCode()).isEqualTo(200);
    }

    @Test
    public void withoutACareRelationshipAPractitionerIsRefusedUnlessBreakGlassWhichIsAudited() {
        try (MovableClock clock = new MovableClock(bundleContext)) {
            CabinetAccounts accounts = new CabinetAccounts(baseUrl(), clock::now);
            Account gp = accounts.create(admin(), "dr.outsider", "gp");
            String patient = record("Leroy").id();
            HttpResponse<String> refused = get("/api/test-records/" + patient, gp.bearer());
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(json(refused).path("reason").asText()).isEqualTo("no-care-relationship");

            HttpResponse<String> noReason = http("POST", "/api/break-glass", CabinetAccounts.json(Map.of("patientId",
                    patient, "reason", "urgent")), gp.bearer(Map.of("Content-Type", "application/json")));
            assertThat(noReason.statusCode()).isEqualTo(400);
            HttpResponse<String> granted = http("POST", "/api/break-glass", CabinetAccounts.json(Map.of("patientId",
                    patient, "reason", "Patient inconscient aux urgences, médecin traitant injoignable")),
                    gp.bearer(Map.of("Content-Type", "application/json")));
            assertThat(granted.statusCode()).isEqualTo(201);
            assertThat(get("/api/test-records/" + patient, gp.bearer()).statusCode()).isEqualTo(200);

            JsonNode accesses = json(get("/api/audit/patients/" + patient + "/accesses", asAdmin())).path("rows");
            assertThat(accesses).extracting(row -> row.path("action").asText() + "/" + row.path("outcome").asText()
                    + "/" + row.path("basis").asText())
                    .containsSubsequence("access-denied/denied/no_relationship", "break-glass/success/break_glass",
                            "read/success/break_glass");
            assertThat(accesses.toString()).doesNotContain("inconscient");
            awaitAlert("no-care-relationship", gp.id());

            clock.advance(Duration.ofMinutes(241));
            Account later = accounts.loginAgain(gp);
            assertThat(get("/api/test-records/" + patient, later.bearer()).statusCode()).as("break-glass ended")
                    .isEqualTo(403);
        }
    }

    @Test
    public void aCareTeamOrAnAppointmentOpensTheRecordAndSecretariesNeverDo() {
        Account gp = accounts().create(admin(), "dr.team", "gp");
        Account secretary = accounts().create(admin(), "secretary.desk", "secretary");
        String patient = record("Petit").id();
        assertThat(get("/api/test-records/" + patient, gp.bearer()).statusCode()).isEqualTo(403);
        caresFor(gp, patient);
        assertThat(get("/api/test-records/" + patient, gp.bearer()).statusCode()).isEqualTo(200);
        assertThat(http("PUT", "/api/care-teams/" + patient + "/members/" + secretary.id(), null, asAdmin()).statusCode())
                .as("only practitioners join a care team").isEqualTo(400);
        assertThat(get("/api/test-records/" + patient, secretary.bearer()).statusCode()).isEqualTo(403);
        CabinetAccounts.expect(http("DELETE", "/api/care-teams/" + patient + "/members/" + gp.id(), null, asAdmin()), 200,
                "leaving the care team");
        assertThat(get("/api/test-records/" + patient, gp.bearer()).statusCode()).isEqualTo(403);

        Account booked = accounts().create(admin(), "dr.booked", "gp");
        String appointed = record("Roux").id();
        Dictionary<String, Object> none = new Hashtable<>();
        ServiceRegistration<CareRelationshipSource> agenda = bundleContext.registerService(CareRelationshipSource.class,
                (practitioner, patientId, from, to) -> practitioner.equals(booked.id()) && patientId.equals(appointed)
                        && from.isBefore(Instant.now().plus(Duration.ofDays(3))) && to.isAfter(Instant.now().plus(Duration.ofDays(3))),
                none);
        try {
            assertThat(get("/api/test-records/" + appointed, booked.bearer()).statusCode()).isEqualTo(200);
            assertThat(get("/api/test-records/" + appointed, gp.bearer()).statusCode()).isEqualTo(403);
        } finally {
            agenda.unregister();
        }
        assertThat(get("/api/test-records/" + appointed, booked.bearer()).statusCode()).isEqualTo(403);
    }

    @Test
    public void anAlertAskingToFreezeAnAccountEndsItsSessionsUntilAnAdministratorReviewsIt() {
        Account nurse = accounts().create(admin(), "nurse.frozen", "nurse");
        AuditLog audit = service(AuditLog.class);
        // what the no-care-relationship rule reads as a success without any relationship: it asks for a freeze
        audit.append(new AuditEvent(nurse.id(), "nurse", "p-frozen", AuditAction.READ, "patient", "p-frozen",
                AuditOutcome.SUCCESS, AccessBasis.NO_RELATIONSHIP, "127.0.0.1"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (get("/api/auth/me", nurse.bearer()).statusCode() == 200 && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(200));
        }
        assertThat(get("/api/auth/me", nurse.bearer()).statusCode()).isEqualTo(401);
        JsonNode frozen = json(get("/api/users/" + nurse.id(), asAdmin()));
        assertThat(frozen.path("status").asText()).isEqualTo("frozen");
        assertThat(frozen.path("statusReason").asText()).isEqualTo("alert:no-care-relationship");
        assertThat(accounts().login(nurse.username(), nurse.password(), accounts().nextCode(nurse)).statusCode())
                .isEqualTo(401);

        CabinetAccounts.expect(http("POST", "/api/users/" + nurse.id() + "/enable", null, asAdmin()), 200, "reviewing");
        assertThat(get("/api/auth/me", accounts().loginAgain(nurse).bearer()).statusCode()).isEqualTo(200);
    }

    @Test
    public void aBrowserSessionTravelsInACookieAndChangesNeedTheCsrfToken() {
        Account admin = accounts().create(admin(), "admin.browser", "admin");
        HttpResponse<String> login = accounts().login(admin.username(), admin.password(), accounts().nextCode(admin));
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("cabinet_session=").contains("HttpOnly",
                "Secure", "SameSite=Strict"));
        String session = cookies.stream().filter(cookie -> cookie.startsWith("cabinet_session=")).findFirst().orElseThrow()
                .split(";")[0];
        String csrf = json(login).path("csrfToken").asText();
        assertThat(get("/api/users", Map.of("Cookie", session)).statusCode()).isEqualTo(200);
        Map<String, String> change = Map.of("Cookie", session, "Content-Type", "application/json");
        HttpResponse<String> forged = http("POST", "/api/users/" + admin.id() + "/unlock", null, change);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(json(forged).path("reason").asText()).isEqualTo("csrf");
        Map<String, String> withToken = new LinkedHashMap<>(change);
        withToken.put("X-CSRF-Token", csrf);
        assertThat(http("POST", "/api/users/" + admin.id() + "/unlock", null, withToken).statusCode()).isEqualTo(200);
    }

    @Test
    public void aLostAdministratorPasswordAndSecondFactorAreRecoveredFromTheLocalConsole() {
        Account second = accounts().create(admin(), "admin.forgetful", "admin");
        String printed = execute("cabinet:admin-recover --second-factor admin.forgetful");
        String password = printed.lines().filter(line -> line.startsWith("New password for admin.forgetful: "))
                .map(line -> line.substring(line.indexOf(": ") + 2).strip()).findFirst().orElseThrow(() ->
                        new AssertionError(printed));
        assertThat(get("/api/auth/me", second.bearer()).statusCode()).isEqualTo(401);
        Account recovered = accounts().enrol(second.id(), second.username(), password);
        assertThat(get("/api/users", recovered.bearer()).statusCode()).isEqualTo(200);
        JsonNode recorded = json(get("/api/audit/users/console/activity", asAdmin())).path("rows");
        assertThat(recorded).anySatisfy(row -> assertThat(row.path("resourceType").asText() + ":"
                + row.path("resourceId").asText()).isEqualTo("admin-recover-second-factor:" + second.id()));
        assertThat(execute("cabinet:admin-recover nobody")).contains("No administrator has this username");
    }

    /**
     * Runs last (the class sorts its tests by name): 91 days later every account of this container is unused, and
     * all but one administrator are disabled.
     */
    @Test
    public void zzAccountsUnusedForNinetyDaysAreDisabledButNeverTheLastAdministrator() {
        Account unused = accounts().create(admin(), "nurse.gone", "nurse");
        // the last administrator by name, which the housekeeping reaches last
        Account keeper = accounts().create(admin(), "zz.keeper", "admin");
        String firstAdministrator = admin().id();
        try (MovableClock clock = new MovableClock(bundleContext)) {
            clock.advance(Duration.ofDays(91));
            List<String> disabled = housekeeping();
            assertThat(disabled).contains(unused.id(), firstAdministrator).doesNotContain(keeper.id());
        }
        keeper = stillLoggedIn(keeper);
        JsonNode gone = json(get("/api/users/" + unused.id(), keeper.bearer()));
        assertThat(gone.path("status").asText()).isEqualTo("disabled");
        assertThat(gone.path("statusReason").asText()).isEqualTo("inactive");
        assertThat(json(get("/api/users/" + keeper.id(), keeper.bearer())).path("status").asText()).isEqualTo("active");
        assertThat(json(get("/api/audit/users/system/activity", keeper.bearer())).path("rows")).anySatisfy(row ->
                assertThat(row.path("resourceType").asText() + ":" + row.path("resourceId").asText())
                        .isEqualTo("user-inactive:" + unused.id()));
        assertThat(json(get("/api/alerts", keeper.bearer()))).anySatisfy(alert -> {
            assertThat(alert.path("rule").asText()).isEqualTo("inactive-account");
            assertThat(alert.path("actor").asText()).isEqualTo(unused.id());
        });
    }

    /** Runs one round of the security housekeeping now, rather than waiting for its minute. */
    @SuppressWarnings("unchecked")
    private List<String> housekeeping() {
        try {
            Object service = bundleContext.getService(bundleContext.getServiceReferences(
                    "org.cabinet.security.internal.users.Housekeeping", null)[0]);
            return (List<String>) service.getClass().getMethod("run").invoke(service);
        } catch (ReflectiveOperationException | org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private void awaitAlert(String rule, String actor) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode alerts = json(get("/api/alerts", asAdmin()));
            for (JsonNode alert : alerts) {
                if (alert.path("rule").asText().equals(rule) && alert.path("actor").asText().equals(actor)) {
                    return;
                }
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("no " + rule + " alert for " + actor);
    }

    private TestRecordData record(String familyName) {
        return service(TestRecordStore.class).add(new TestRecordData(null, familyName + "-" + UUID.randomUUID(),
                LocalDate.of(1970, 5, 6), null, null));
    }

    private int rawStatus(String path) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", Integer.parseInt(baseUrl().substring(baseUrl()
                .lastIndexOf(':') + 1)))) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (java.io.IOException e) {
            throw new AssertionError(path + ": " + e, e);
        }
    }

    private static Map<String, String> json(Map<String, String> headers) {
        Map<String, String> withType = new LinkedHashMap<>(headers);
        withType.put("Content-Type", "application/json");
        return withType;
    }
}
