package org.cabinet.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

import org.cabinet.api.rest.CabinetRest;
import org.cabinet.web.internal.network.WebNetwork;

/** Asks Cabinet's own web server, as a client on this machine would. */
final class ServerProbe {

    /** What the web server answered: its status and content type. */
    record Answer(int status, String contentType) {

        /** Nothing answered: nothing listens there, or too slowly. */
        static final Answer NONE = new Answer(-1, null);

        /** @return whether a Cabinet application wrote this answer as a problem */
        boolean isProblem() {
            return contentType != null && contentType.startsWith(CabinetRest.PROBLEM_JSON);
        }
    }

    private ServerProbe() {
    }

    /**
     * Asks over HTTP, or over HTTPS trusting only what {@code trusting} trusts, whatever names the certificate
     * carries (nothing answers over HTTPS without it). The answer is read to its end: a client that hangs up while
     * it is written makes the server log a failure.
     */
    static Answer ask(String method, String url, Optional<SSLSocketFactory> trusting, Duration readTimeout) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            if (connection instanceof HttpsURLConnection secure) {
                if (trusting.isEmpty()) {
                    return Answer.NONE;
                }
                secure.setSSLSocketFactory(trusting.get());
                secure.setHostnameVerifier((host, session) -> true);
            }
            connection.setRequestMethod(method);
            connection.setConnectTimeout(2000);
            connection.setReadTimeout((int) readTimeout.toMillis());
            try {
                int status = connection.getResponseCode();
                try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                    if (body != null) {
                        body.readAllBytes();
                    }
                }
                return new Answer(status, connection.getContentType());
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return Answer.NONE;
        }
    }

    /**
     * @return where this machine reaches the runtime's endpoint {@code base}: open to the network, the runtime names
     *         a wildcard HTTPS address, and the probe goes to Cabinet's local HTTPS base instead
     */
    static String local(String base, WebNetwork network) {
        return base.startsWith("https:") ? network.localHttpsBase().map(URI::toString).orElse(base) : base;
    }

    /**
     * @param property the {@code osgi.http.endpoint} property of the HTTP runtime
     * @return its first endpoint URL, ending with a slash, or null when it names none
     */
    static String endpoint(Object property) {
        String first;
        if (property instanceof String[] all && all.length > 0) {
            first = all[0];
        } else if (property instanceof Iterable<?> all && all.iterator().hasNext()) {
            first = String.valueOf(all.iterator().next());
        } else if (property instanceof String one && !one.isBlank()) {
            first = one;
        } else {
            return null;
        }
        return first.endsWith("/") ? first : first + "/";
    }
}
