package org.cabinet.web.internal;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

import org.cabinet.api.rest.CabinetRest;

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

    static Answer ask(String method, String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            try {
                return new Answer(connection.getResponseCode(), connection.getContentType());
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return Answer.NONE;
        }
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
