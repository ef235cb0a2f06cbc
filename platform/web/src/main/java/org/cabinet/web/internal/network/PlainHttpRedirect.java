package org.cabinet.web.internal.network;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the plain HTTP redirect in line with the network settings: none on 127.0.0.1 only, one on every listening
 * address once open. The web server may still hold the plain HTTP port until it has restarted with its new
 * settings, so the redirect tries again for a minute before it gives up.
 */
final class PlainHttpRedirect implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlainHttpRedirect.class);
    private static final int ATTEMPTS = 240;
    private static final long PAUSE_MILLIS = 250;

    private final ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cabinet-https-redirect");
        thread.setDaemon(true);
        return thread;
    });
    private HttpsRedirect running;
    private long generation;

    /** Stops the redirect in place, if any: before the web server may take its port back. */
    synchronized void stop() {
        generation++;
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                LOG.warn("Cannot stop the plain HTTP redirect: {}", e.getMessage());
            }
            running = null;
        }
    }

    /** Starts the redirect {@code settings} ask for, in the background, after {@link #stop()}. */
    synchronized void startFor(NetworkSettings settings) {
        if (settings.open()) {
            long wanted = generation;
            starter.execute(() -> start(settings, wanted, ATTEMPTS));
        }
    }

    private synchronized void start(NetworkSettings settings, long wanted, int attemptsLeft) {
        if (wanted != generation || starter.isShutdown()) {
            return;
        }
        try {
            running = HttpsRedirect.start(settings.listen(), settings.httpPort(), settings.httpsPort());
        } catch (Exception e) {
            if (attemptsLeft > 1) {
                starter.schedule(() -> start(settings, wanted, attemptsLeft - 1), PAUSE_MILLIS, TimeUnit.MILLISECONDS);
            } else {
                LOG.error("{}: cannot listen on http.port {} to redirect plain HTTP to HTTPS: {}", NetworkSettings.FILE,
                        settings.httpPort(), e.getMessage());
            }
        }
    }

    @Override
    public synchronized void close() {
        stop();
        starter.shutdownNow();
    }
}
