package org.cabinet.security.internal.http;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.cabinet.api.net.ClientNetwork;
import org.cabinet.api.security.Caller;
import org.cabinet.security.internal.Secrets;
import org.cabinet.security.internal.access.SessionPrincipal;
import org.cabinet.security.internal.access.ShiroSecurity;
import org.cabinet.security.internal.session.ActiveSession;
import org.cabinet.security.internal.session.Sessions;
import org.cabinet.security.internal.store.SecurityDatabase;
import org.cabinet.security.internal.store.TokenStore.Scope;
import org.cabinet.security.internal.store.UserAccount;
import org.cabinet.security.internal.store.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Every request to Cabinet's web server passes here, in every servlet context, before any application: an
 * ambiguous path is refused (400); under {@code /api} a valid session is required except on the few public
 * routes (401 otherwise); a session that may only enrol its second factor reaches nothing else (403); a session
 * carried by the browser's cookie must echo its CSRF token on changes (403). The session's subject is bound to
 * the thread for the services' checks, and unbound after.
 */
// after the security headers filter, so that refusals carry the headers too
@Component(service = Filter.class, property = "service.ranking:Integer=-10")
@HttpWhiteboardFilterName("cabinet-authentication")
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
public final class AuthenticationFilter implements Filter {

    /** the cookie a browser session travels in (HttpOnly, Secure, SameSite=Strict) */
    public static final String SESSION_COOKIE = "cabinet_session";
    /** the header a browser echoes the CSRF token in */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** request attribute holding the request's {@link SessionPrincipal}, for the auth resource */
    public static final String PRINCIPAL_ATTRIBUTE = "org.cabinet.security.principal";
    /** request attribute holding the client's address, seen through the trusted proxies */
    public static final String CLIENT_ADDRESS_ATTRIBUTE = "org.cabinet.security.clientAddress";

    private static final String BEARER = "Bearer ";

    private final Sessions sessions;
    private final ShiroSecurity shiro;
    private final SecurityDatabase database;
    private final ClientNetwork network;

    @Activate
    public AuthenticationFilter(@Reference Sessions sessions, @Reference ShiroSecurity shiro,
            @Reference SecurityDatabase database, @Reference ClientNetwork network) {
        this.sessions = sessions;
        this.shiro = shiro;
        this.database = database;
        this.network = network;
    }

    /** @return the client's address as the filter saw it, through the trusted proxies */
    public static String clientAddress(HttpServletRequest request) {
        return request.getAttribute(CLIENT_ADDRESS_ATTRIBUTE) instanceof String address ? address : request.getRemoteAddr();
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        RequestPath path = RequestPath.of(request.getRequestURI());
        if (path.ambiguous()) {
            ProblemAnswer.send(request, response, HttpServletResponse.SC_BAD_REQUEST, null);
            return;
        }
        if (!path.isApi()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(CLIENT_ADDRESS_ATTRIBUTE, network.clientAddress(request.getRemoteAddr(),
                forwardedFor(request)));
        Optional<Presented> presented = presented(request);
        Optional<SessionPrincipal> principal = presented.flatMap(token -> principal(token, request));
        if (principal.isEmpty()) {
            if (path.isPublic()) {
                chain.doFilter(request, response);
            } else {
                ProblemAnswer.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, null);
            }
            return;
        }
        if (presented.get().fromCookie() && !isSafe(request.getMethod())
                && !Secrets.sameHash(hashOrNull(request.getHeader(CSRF_HEADER)), presented.get().session().csrfHash())) {
            ProblemAnswer.send(request, response, HttpServletResponse.SC_FORBIDDEN, "csrf");
            return;
        }
        if (principal.get().scope() == Scope.ENROL && !path.isEnrolment() && !path.isPublic()) {
            ProblemAnswer.send(request, response, HttpServletResponse.SC_FORBIDDEN, "second-factor-enrolment");
            return;
        }
        Subject subject = shiro.subject(principal.get());
        request.setAttribute(PRINCIPAL_ATTRIBUTE, principal.get());
        ThreadContext.bind(subject);
        try {
            chain.doFilter(request, response);
        } finally {
            ThreadContext.unbindSubject();
        }
    }

    private record Presented(ActiveSession session, boolean fromCookie) {
    }

    private Optional<Presented> presented(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return sessions.authenticate(authorization.substring(BEARER.length()).strip())
                    .map(session -> new Presented(session, false));
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIE.equals(cookie.getName())) {
                    return sessions.authenticate(cookie.getValue()).map(session -> new Presented(session, true));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<SessionPrincipal> principal(Presented presented, HttpServletRequest request) {
        ActiveSession session = presented.session();
        return database.sql().inTransaction(connection -> UserStore.byId(connection, session.userId()))
                .filter(UserAccount::isActive)
                .map(account -> new SessionPrincipal(new Caller(account.id(), account.username(), account.roles(),
                        clientAddress(request)), session.scope(), session.tokenHash()));
    }

    private static String forwardedFor(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders(ClientNetwork.FORWARDED_FOR));
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static String hashOrNull(String value) {
        return value == null ? null : Secrets.hash(value);
    }
}
