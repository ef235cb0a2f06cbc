package org.cabinet.security.internal.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The path of a request as the authentication filter judges it. Anything that could make the filter and the
 * servlet container read one path two ways ({@code ..} and {@code .} segments, encoded dots, slashes and
 * backslashes, {@code ;} path parameters such as {@code ;jsessionid=}, doubled slashes, control characters) is
 * ambiguous and refused outright; what is left is compared case-insensitively, so that {@code /API/} is as
 * protected as {@code /api/}.
 */
public final class RequestPath {

    private static final Pattern AMBIGUOUS = Pattern.compile(
            "(?i).*(%2e|%2f|%5c|%25|%00|%3b|\\\\|;|//|/\\.\\.?(/|$)|[\\x00-\\x1f\\x7f]).*");
    private static final String API = "/api";
    /** reachable without a session, whatever the method (the resource then answers 405 to others) */
    private static final Set<String> PUBLIC = Set.of("/api/health", "/api/openapi.json", "/api/auth/login", "/api/setup");
    /** what a session that may only enrol its second factor reaches */
    private static final Set<String> ENROLMENT = Set.of("/api/auth/me", "/api/auth/logout", "/api/auth/second-factor",
            "/api/auth/second-factor/confirm");

    private final String folded;
    private final boolean ambiguous;

    private RequestPath(String folded, boolean ambiguous) {
        this.folded = folded;
        this.ambiguous = ambiguous;
    }

    /** @param rawPath the request's path as it came, not decoded ({@code HttpServletRequest.getRequestURI()}) */
    public static RequestPath of(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/' || AMBIGUOUS.matcher(rawPath).matches()) {
            return new RequestPath("", true);
        }
        String folded = rawPath.toLowerCase(Locale.ROOT);
        if (folded.length() > 1 && folded.endsWith("/")) {
            folded = folded.substring(0, folded.length() - 1);
        }
        return new RequestPath(folded, false);
    }

    /** @return whether the path must be refused before anything reads it */
    public boolean ambiguous() {
        return ambiguous;
    }

    /** @return whether the path is under {@code /api} (in any case), where a session is the rule */
    public boolean isApi() {
        return folded.equals(API) || folded.startsWith(API + "/");
    }

    /** @return whether the path is reachable without a session */
    public boolean isPublic() {
        return PUBLIC.contains(folded);
    }

    /** @return whether a session that may only enrol its second factor reaches the path */
    public boolean isEnrolment() {
        return ENROLMENT.contains(folded);
    }
}
