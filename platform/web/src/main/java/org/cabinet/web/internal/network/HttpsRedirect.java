package org.cabinet.web.internal.network;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Plain HTTP once Cabinet is open to the network: a web server of its own that answers every request with a
 * permanent redirect to the same path on the HTTPS port, and nothing else. Being apart from the server that
 * serves Cabinet, it cannot serve anything else, whatever registers there.
 */
public final class HttpsRedirect implements AutoCloseable {

    static final int PERMANENT_REDIRECT = 308;

    private final Server server;

    private HttpsRedirect(Server server) {
        this.server = server;
    }

    /** Listens on {@code httpPort} of each address, redirecting to {@code httpsPort}. */
    public static HttpsRedirect start(List<InetAddress> addresses, int httpPort, int httpsPort) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(12, 2);
        threads.setName("cabinet-https-redirect");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        for (InetAddress address : addresses) {
            ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
            connector.setHost(IpAddresses.text(address));
            connector.setPort(httpPort);
            server.addConnector(connector);
        }
        server.setHandler(new Redirect(httpsPort));
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new HttpsRedirect(server);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /**
     * @param host  the host the client asked for, from its {@code Host} header
     * @param path  the path as the client wrote it, still encoded
     * @param query the query as the client wrote it, or null
     * @return the same address over HTTPS on {@code httpsPort}
     */
    static String location(String host, int httpsPort, String path, String query) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String authority = (bare.contains(":") ? "[" + bare + "]" : bare) + (httpsPort == 443 ? "" : ":" + httpsPort);
        return "https://" + authority + (path == null || path.isEmpty() ? "/" : path) + (query == null ? "" : "?" + query);
    }

    private static final class Redirect extends AbstractHandler {

        private final int httpsPort;

        Redirect(int httpsPort) {
            this.httpsPort = httpsPort;
        }

        @Override
        public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            base.setHandled(true);
            response.setStatus(PERMANENT_REDIRECT);
            response.setHeader("Location", location(request.getServerName(), httpsPort, request.getRequestURI(),
                    request.getQueryString()));
            // a cached redirect would outlive a return to 127.0.0.1 only
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(0);
        }
    }
}
