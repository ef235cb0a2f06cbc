package org.cabinet.security.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The problem+json answers the authentication filter gives before any REST application sees the request, in
 * French or English as the client prefers (French first, as everywhere in Cabinet).
 */
final class ProblemAnswer {

    private static final Map<Integer, String[]> EN = Map.of(
            400, new String[] { "Bad request", "The address of the request is ambiguous: Cabinet does not serve it." },
            401, new String[] { "Authentication required", "Sign in to use this resource." },
            403, new String[] { "Forbidden", "You are not allowed to do this." });
    private static final Map<Integer, String[]> FR = Map.of(
            400, new String[] { "Requête invalide", "L'adresse de la requête est ambiguë : Cabinet ne la sert pas." },
            401, new String[] { "Authentification requise", "Connectez-vous pour utiliser cette ressource." },
            403, new String[] { "Interdit", "Vous n'êtes pas autorisé à faire ceci." });
    private static final Map<String, String[]> REASONS_EN = Map.of(
            "second-factor-enrolment", new String[] { "Enrol your second factor before anything else." },
            "csrf", new String[] { "The request lacks its X-CSRF-Token header: reload the page and retry." });
    private static final Map<String, String[]> REASONS_FR = Map.of(
            "second-factor-enrolment", new String[] { "Enregistrez d'abord votre second facteur d'authentification." },
            "csrf", new String[] { "La requête n'a pas son en-tête X-CSRF-Token : rechargez la page et réessayez." });

    private ProblemAnswer() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException {
        boolean english = prefersEnglish(request.getHeader("Accept-Language"));
        String[] texts = (english ? EN : FR).get(status);
        String detail = texts[1];
        if (reason != null) {
            detail = (english ? REASONS_EN : REASONS_FR).get(reason)[0];
        }
        String body = "{\"type\":\"about:blank\",\"title\":" + quote(texts[0]) + ",\"status\":" + status
                + ",\"detail\":" + quote(detail) + (reason == null ? "" : ",\"reason\":" + quote(reason)) + "}";
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", english ? "en" : "fr");
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"cabinet\"");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** French unless English comes before French in the client's languages. */
    static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null) {
            return false;
        }
        for (String range : acceptLanguage.split(",")) {
            String language = range.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (language.startsWith("fr")) {
                return false;
            }
            if (language.startsWith("en")) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
