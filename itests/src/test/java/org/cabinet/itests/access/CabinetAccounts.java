package org.cabinet.itests.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Cabinet's accounts as people get them, over HTTP: the first administrator through the setup token printed at
 * start, then staff accounts created by an administrator, each enrolling its second factor and logging in with
 * its code, as a person with an authenticator app would.
 */
public final class CabinetAccounts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SETUP_TOKEN = Pattern.compile("one-time setup token: (\\S+)");

    /**
     * An account with a session. {@code secret} is its second factor's, in Base32; {@code lastStep} the time step
     * of the last code Cabinet accepted from it (a code is good once).
     */
    public record Account(String id, String username, String password, String secret, String token, long lastStep) {

        /** @return the header that authenticates a request as this account */
        public Map<String, String> bearer() {
            return Map.of("Authorization", "Bearer " + token);
        }

        /** @return the same header, with others */
        public Map<String, String> bearer(Map<String, String> others) {
            Map<String, String> headers = new HashMap<>(others);
            headers.put("Authorization", "Bearer " + token);
            return headers;
        }

        /** @return this account with another session, opened with the code of {@code step} */
        public Account withToken(String other, long step) {
            return new Account(id, username, password, secret, other, step);
        }
    }

    private final String baseUrl;
    private final Supplier<Instant> now;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param baseUrl Cabinet's address, such as {@code http://127.0.0.1:8181}
     * @param now     the time Cabinet reads (a test may move Cabinet's clock): codes are computed at it
     */
    public CabinetAccounts(String baseUrl, Supplier<Instant> now) {
        this.baseUrl = baseUrl;
        this.now = now;
    }

    /** @return the last setup token in Cabinet's console output or log, or null */
    public static String setupToken(String text) {
        Matcher matcher = SETUP_TOKEN.matcher(text);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last;
    }

    /** @return a passphrase Cabinet's password policy accepts */
    public static String passphrase() {
        return "tests passphrase " + UUID.randomUUID();
    }

    /** Creates the first administrator with the setup token, enrols its second factor and logs it in. */
    public Account firstAdministrator(String setupToken, String username) {
        String password = passphrase();
        HttpResponse<String> created = send("POST", "/api/setup", json(Map.of("token", setupToken, "username", username,
                "displayName", "Administrator " + username, "password", password)), Map.of());
        expect(created, 201, "creating the first administrator");
        return enrol(read(created).path("id").asText(), username, password);
    }

    /** An administrator creates an account with these roles; it enrols its second factor and logs in. */
    public Account create(Account admin, String username, String... roles) {
        String password = passphrase();
        HttpResponse<String> created = send("POST", "/api/users", json(Map.of("username", username, "displayName",
                "User " + username, "password", password, "roles", List.of(roles))), admin.bearer());
        expect(created, 201, "creating " + username);
        return enrol(read(created).path("id").asText(), username, password);
    }

    /** The account logs in with its password, enrols a second factor, confirms it, and logs in with a code. */
    public Account enrol(String id, String username, String password) {
        String enrolToken = read(expect(login(username, password, null), 200, "first login of " + username))
                .path("token").asText();
        Map<String, String> enrolling = Map.of("Authorization", "Bearer " + enrolToken);
        String secret = read(expect(send("POST", "/api/auth/second-factor", null, enrolling), 200, "enrolment"))
                .path("secret").asText();
        Instant confirmedAt = now.get();
        expect(send("POST", "/api/auth/second-factor/confirm", json(Map.of("code", TestTotp.code(secret, confirmedAt))),
                enrolling), 200, "confirming the second factor");
        return loginAgain(new Account(id, username, password, secret, null, TestTotp.step(confirmedAt)));
    }

    /** Logs in; {@code code} may be null. */
    public HttpResponse<String> login(String username, String password, String code) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", password));
        if (code != null) {
            body.put("code", code);
        }
        return send("POST", "/api/auth/login", json(body), Map.of());
    }

    /**
     * Logs the account in again with a code Cabinet has not seen from it: the current step's, or the next one's
     * (Cabinet accepts one step ahead), or, when both were used already, the next one's once it comes.
     */
    public Account loginAgain(Account account) {
        long step = nextStep(account);
        Instant at = Instant.ofEpochSecond(step * 30);
        String token = read(expect(login(account.username(), account.password(), TestTotp.code(account.secret(), at)),
                200, "login of " + account.username())).path("token").asText();
        return account.withToken(token, step);
    }

    /** @return the code for the account's next login, at a step Cabinet has not seen from it, and that step */
    public String nextCode(Account account) {
        return TestTotp.code(account.secret(), Instant.ofEpochSecond(nextStep(account) * 30));
    }

    /**
     * @return a time step Cabinet has not seen from the account: the current one, or the next (Cabinet accepts one
     *         step ahead), or, when both were used already, the next one once it comes
     */
    public long nextStep(Account account) {
        long step = Math.max(account.lastStep() + 1, TestTotp.step(now.get()));
        while (step > TestTotp.step(now.get()) + 1) {
            pause(Duration.ofSeconds(1));
        }
        return step;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    public static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError(what + ": expected " + status + ", got " + response.statusCode() + " "
                    + response.body());
        }
        return response;
    }
}
