package org.cabinet.web.internal;

import java.io.IOException;
import java.util.Map;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Adds the security headers to every answer of Cabinet's web server, in every servlet context:
 * the REST applications of the core and of the modules, static files, errors included.
 * Answers may carry health data, so nothing is cached and nothing may frame or sniff them.
 */
@Component(service = Filter.class)
// a filter's name must be unique: the whiteboard otherwise names it after its interface, and refuses the next one
@HttpWhiteboardFilterName("cabinet-security-headers")
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
public final class SecurityHeadersFilter implements Filter {

    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    /** Over HTTPS only: browsers then never try plain HTTP again for a year. */
    static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";
    static final String ONE_YEAR = "max-age=31536000";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            HEADERS.forEach(http::setHeader);
            if (request.isSecure()) {
                http.setHeader(STRICT_TRANSPORT_SECURITY, ONE_YEAR);
            }
        }
        chain.doFilter(request, response);
    }
}
