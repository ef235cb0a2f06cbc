package org.cabinet.web.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;


import org.cabinet.web.internal.network.WebNetwork;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.HttpServiceRuntimeConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the person who started Cabinet where it serves, on its console and in its log.
 * <p>
 * The web server may first come up with its default port and move once its configuration is
 * read, so the address is announced only after {@code /api/health} has answered there.
 */
@Component(immediate = true)
public final class ServingAnnouncer {

    private static final Logger LOG = LoggerFactory.getLogger(ServingAnnouncer.class);
    private static final int ATTEMPTS = 240;
    private static final long PAUSE_MILLIS = 250;
    private static final String HEALTH = "api/health";

    private final String version;
    private final WebNetwork network;
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cabinet-serving-announcer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<String> latest = new AtomicReference<>();
    private final AtomicReference<String> announced = new AtomicReference<>();

    @Activate
    public ServingAnnouncer(@Reference HealthResource health, @Reference WebNetwork network, BundleContext context) {
        this.version = CabinetVersion.of(context);
        this.network = network;
    }

    @Reference(name = "runtime", service = HttpServiceRuntime.class, policy = ReferencePolicy.DYNAMIC,
            updated = "runtimeChanged", unbind = "runtimeRemoved")
    void runtimeAdded(Map<String, Object> properties) {
        runtimeChanged(properties);
    }

    void runtimeChanged(Map<String, Object> properties) {
        String base = ServerProbe.endpoint(properties.get(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT));
        if (base != null && !base.equals(latest.getAndSet(base))) {
            probe.execute(() -> announceOnceServing(base, ATTEMPTS));
        }
    }

    void runtimeRemoved(Map<String, Object> properties) {
        latest.set(null);
    }

    @Deactivate
    void deactivate() {
        probe.shutdownNow();
    }

    private void announceOnceServing(String base, int attemptsLeft) {
        if (!base.equals(latest.get()) || base.equals(announced.get())) {
            return;
        }
        boolean https = base.startsWith("https:");
        String target = ServerProbe.local(base, network) + HEALTH;
        // a loaded machine may answer slowly while starting
        if (ServerProbe.ask("GET", target, network.trustingServedCertificate(), Duration.ofSeconds(30)).status() == 200) {
            announced.set(base);
            String message = "Cabinet " + version + " serves " + (https ? network.publicBaseUrl() : base) + HEALTH;
            LOG.info(message);
            System.out.println(message);
        } else if (attemptsLeft > 1) {
            probe.schedule(() -> announceOnceServing(base, attemptsLeft - 1), PAUSE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }
}
