package org.cabinet.security.internal.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cabinet.api.rest.CabinetRest;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.api.security.NotAuthenticatedException;
import org.cabinet.security.internal.CurrentTime;
import org.cabinet.security.internal.access.Authorizations;
import org.cabinet.security.internal.access.SessionPrincipal;
import org.cabinet.security.internal.http.AuthenticationFilter;
import org.cabinet.security.internal.login.LoginAttempt;
import org.cabinet.security.internal.login.LoginOutcome;
import org.cabinet.security.internal.login.LoginService;
import org.cabinet.security.internal.login.SecondFactor;
import org.cabinet.security.internal.session.IssuedSession;
import org.cabinet.security.internal.session.Sessions;
import org.cabinet.security.internal.store.TokenStore.Scope;
import org.cabinet.security.internal.totp.TotpEnrolment;
import org.cabinet.security.internal.users.UserAdministration;
import org.cabinet.security.internal.users.UserView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/auth}: logging in and out, who am I, and enrolling the second factor. A login answers the token
 * in its body (for programs, as {@code Authorization: Bearer}) and in an HttpOnly, Secure, SameSite=Strict cookie
 * with a CSRF token beside it (for the browser).
 */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthResource {

    /** What a login asks. {@code code} is the authenticator's code; {@code recoveryCode} replaces it once. */
    public record LoginRequest(String username, String password, String code, String recoveryCode) {
    }

    /** What a login answers. {@code scope} is {@code full}, or {@code enrol} (only enrolling the second factor). */
    public record LoginAnswer(String token, String csrfToken, Instant expiresAt, String scope, UserView user) {
    }

    /** Who is calling and what they may do. */
    public record Me(UserView user, String scope, Set<String> permissions) {
    }

    /** A second factor to put in an authenticator app. */
    public record Enrolment(String secret, String otpauthUri, String qrCodeSvg) {
    }

    /** The code that confirms an enrolment. */
    public record Confirmation(String code) {
    }

    /** The one-time recovery codes, shown once. */
    public record RecoveryCodes(List<String> recoveryCodes) {
    }

    /** the cookie beside the session's that a browser page reads to echo its CSRF token */
    static final String CSRF_COOKIE = "cabinet_csrf";
    private static final String SET_COOKIE = "Set-Cookie";

    private final LoginService logins;
    private final SecondFactor secondFactor;
    private final Sessions sessions;
    private final UserAdministration users;
    private final Authorizations authorizations;
    private final CurrentTime time;

    @Context
    private HttpServletRequest request;

    @Activate
    public AuthResource(@Reference LoginService logins, @Reference SecondFactor secondFactor,
            @Reference Sessions sessions, @Reference UserAdministration users, @Reference Authorizations authorizations,
            @Reference CurrentTime time) {
        this.logins = logins;
        this.secondFactor = secondFactor;
        this.sessions = sessions;
        this.users = users;
        this.authorizations = authorizations;
        this.time = time;
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(LoginRequest login) {
        if (login == null) {
            throw new ProblemException(400, "missing-body", "Send the username and password as JSON.",
                    "Envoyez le nom d'utilisateur et le mot de passe en JSON.");
        }
        LoginOutcome outcome = logins.login(new LoginAttempt(login.username(), login.password(), login.code(),
                login.recoveryCode(), AuthenticationFilter.clientAddress(request)));
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            IssuedSession session = in.session();
            String scope = session.scope() == Scope.FULL ? "full" : "enrol";
            return Response.ok(new LoginAnswer(session.token(), session.csrfToken(), session.expiresAt(), scope,
                    UserView.of(in.account())))
                    .header(SET_COOKIE, cookie(AuthenticationFilter.SESSION_COOKIE, session.token(), true,
                            Duration.between(time.now(), session.expiresAt())))
                    .header(SET_COOKIE, cookie(CSRF_COOKIE, session.csrfToken(), false,
                            Duration.between(time.now(), session.expiresAt())))
                    .build();
        }
        if (outcome instanceof LoginOutcome.Throttled throttled) {
            throw new WebApplicationException(Response.status(429)
                    .header("Retry-After", throttled.retryAfter().toSeconds()).build());
        }
        if (outcome instanceof LoginOutcome.SecondFactorRequired) {
            throw new ProblemException(401, "second-factor-required", "Type the code of your authenticator app too.",
                    "Saisissez aussi le code de votre application d'authentification.");
        }
        throw new ProblemException(401, "invalid-credentials", "Wrong username, password or code.",
                "Nom d'utilisateur, mot de passe ou code incorrect.");
    }

    @POST
    @Path("logout")
    public Response logout() {
        SessionPrincipal principal = principal();
        logins.logout(principal.caller(), principal.tokenHash());
        return Response.noContent()
                .header(SET_COOKIE, cookie(AuthenticationFilter.SESSION_COOKIE, "", true, Duration.ZERO))
                .header(SET_COOKIE, cookie(CSRF_COOKIE, "", false, Duration.ZERO))
                .build();
    }

    @GET
    @Path("me")
    public Me me() {
        SessionPrincipal principal = principal();
        Set<String> permissions = principal.scope() == Scope.FULL
                ? new TreeSet<>(authorizations.permissionsOf(principal.roles())) : Set.of();
        return new Me(users.get(principal.userId()), principal.scope() == Scope.FULL ? "full" : "enrol", permissions);
    }

    @POST
    @Path("second-factor")
    public Enrolment enrol() {
        SessionPrincipal principal = principal();
        UserView user = users.get(principal.userId());
        if (user.secondFactor()) {
            throw new ProblemException(409, "second-factor-enrolled",
                    "Your second factor is already in force; an administrator can reset it if you lost it.",
                    "Votre second facteur est déjà en place ; un administrateur peut le réinitialiser si vous l'avez perdu.");
        }
        TotpEnrolment enrolment = secondFactor.begin(user.id(), user.username());
        return new Enrolment(enrolment.base32(), enrolment.uri(), enrolment.qrSvg());
    }

    /** Confirms the enrolment with a current code; every session of the account then ends: log in with the code. */
    @POST
    @Path("second-factor/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public RecoveryCodes confirm(Confirmation confirmation) {
        SessionPrincipal principal = principal();
        List<String> codes = secondFactor.confirm(principal.userId(), confirmation == null ? null : confirmation.code(),
                time.now()).orElseThrow(() -> new ProblemException(400, "wrong-code",
                        "This is not the current code of the second factor being enrolled.",
                        "Ce n'est pas le code actuel du second facteur en cours d'enregistrement."));
        sessions.revokeAll(principal.userId());
        return new RecoveryCodes(codes);
    }

    private static SessionPrincipal principal() {
        return SessionPrincipal.current().orElseThrow(() -> new NotAuthenticatedException("no session"));
    }

    /** JAX-RS 2.1's {@code NewCookie} cannot say SameSite: the header is written whole. */
    static String cookie(String name, String value, boolean httpOnly, Duration lifetime) {
        return name + "=" + value + "; Path=/; Max-Age=" + Math.max(0, lifetime.toSeconds()) + "; Secure"
                + (httpOnly ? "; HttpOnly" : "") + "; SameSite=Strict";
    }
}
