package org.cabinet.web.internal.network;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLSocketFactory;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts {@code etc/org.cabinet.web.network.cfg} into effect: on 127.0.0.1 only, plain HTTP; open to the network,
 * HTTPS with the certificate made at first start (or the installer's), and plain HTTP only redirecting there.
 * It owns the listening settings of Pax Web's configuration, and puts them back whenever someone else changes them.
 */
@Component(configurationPid = NetworkConfig.PID, immediate = true,
        service = { WebNetwork.class, ConfigurationListener.class })
@Designate(ocd = NetworkConfig.class)
public final class WebNetwork implements ConfigurationListener {

    private static final Logger LOG = LoggerFactory.getLogger(WebNetwork.class);
    private static final int START_WAITS = 1200;
    private static final long START_PAUSE_MILLIS = 250;

    /**
     * What is in effect.
     *
     * @param paxWeb the web server's settings, null until the network settings have been applied
     */
    record State(NetworkSettings settings, URI publicBaseUrl, Optional<HttpsCertificates.Prepared> https,
            Map<String, String> paxWeb) {
    }

    private final ConfigurationAdmin configurationAdmin;
    private final BundleContext context;
    private final Path base;
    private final HttpsKeystore keystore;
    private final HttpsCertificates certificates;
    private final PrintStream console;
    private final Clock clock;
    private final PlainHttpRedirect redirect = new PlainHttpRedirect();
    /** Applies settings and puts Pax Web's back, one thing at a time. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "cabinet-network");
        thread.setDaemon(true);
        return thread;
    });
    private volatile State state;

    @Activate
    public WebNetwork(NetworkConfig config, @Reference ConfigurationAdmin configurationAdmin,
            @Reference org.cabinet.api.time.Clock cabinetClock, BundleContext context) {
        this.configurationAdmin = configurationAdmin;
        this.context = context;
        this.clock = cabinetClock.asJavaClock();
        this.base = Path.of(Objects.requireNonNullElse(context.getProperty("karaf.base"), ".")).toAbsolutePath();
        SecureRandom random = new SecureRandom();
        this.keystore = new HttpsKeystore(base.resolve("keys"), random);
        this.certificates = new HttpsCertificates(keystore, clock, random);
        this.console = System.out;
        modified(config);
    }

    /**
     * Reads the settings now and puts them into effect in the background: making a certificate and restarting the
     * web server take seconds on a busy machine, and the web server calls into services while it restarts.
     */
    @Modified
    void modified(NetworkConfig config) {
        NetworkSettings settings = NetworkSettings.parse(config, base);
        state = new State(settings, PublicBaseUrl.of(settings), Optional.empty(), null);
        worker.execute(() -> apply(settings));
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
        redirect.close();
    }

    private void apply(NetworkSettings requested) {
        NetworkSettings settings = requested;
        Optional<HttpsCertificates.Prepared> https = Optional.empty();
        if (settings.open()) {
            try {
                https = Optional.of(certificates.prepare(settings));
            } catch (RuntimeException e) {
                LOG.error("{}: cannot serve HTTPS: {}; Cabinet answers on 127.0.0.1 only", NetworkSettings.FILE,
                        e.getMessage());
                settings = settings.closed();
            }
        }
        Map<String, String> paxWeb = PaxWebSettings.of(settings, keystore.keystore(),
                https.map(prepared -> prepared.certificate().fingerprint()).orElse(null));
        awaitStarted();
        redirect.stop();
        state = new State(settings, PublicBaseUrl.of(settings), https, paxWeb);
        putIntoPaxWeb(false);
        redirect.startFor(settings);
        https.ifPresent(this::announce);
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (PaxWebSettings.PID.equals(event.getPid()) && event.getType() != ConfigurationEvent.CM_LOCATION_CHANGED
                && !worker.isShutdown()) {
            worker.execute(() -> putIntoPaxWeb(true));
        }
    }

    /** @return the network settings in effect */
    public NetworkSettings settings() {
        return state.settings();
    }

    /** @return the public base URL in effect: configured, else made from the listening address */
    public URI publicBaseUrl() {
        return state.publicBaseUrl();
    }

    /** @return where this machine reaches Cabinet's HTTPS, when open to the network */
    public Optional<URI> localHttpsBase() {
        NetworkSettings settings = state.settings();
        if (!settings.open()) {
            return Optional.empty();
        }
        String host = settings.listen().stream()
                .anyMatch(address -> address.isAnyLocalAddress() || address.isLoopbackAddress())
                ? "127.0.0.1" : IpAddresses.urlHost(settings.listen().get(0));
        return Optional.of(URI.create("https://" + host + ":" + settings.httpsPort() + "/"));
    }

    /** @return sockets that trust the certificate Cabinet serves, and no other, when open to the network */
    public Optional<SSLSocketFactory> trustingServedCertificate() {
        return state.https().map(prepared -> prepared.certificate().trustingOnlyIt());
    }

    /**
     * Waits until every bundle has started: a change restarts the web server, and services that register while
     * it restarts can miss it.
     */
    private void awaitStarted() {
        FrameworkStartLevel framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION)
                .adapt(FrameworkStartLevel.class);
        String beginning = Objects.requireNonNullElse(context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL), "1");
        int started = beginning.matches("\\d{1,4}") ? Integer.parseInt(beginning) : 1;
        try {
            for (int wait = 0; framework.getStartLevel() < started && wait < START_WAITS; wait++) {
                Thread.sleep(START_PAUSE_MILLIS);
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void putIntoPaxWeb(boolean changedByOthers) {
        Map<String, String> wanted = state.paxWeb();
        if (wanted == null) {
            // not applied yet: it will be written then
            return;
        }
        try {
            List<String> changed = PaxWebSettings.apply(configurationAdmin, wanted);
            if (!changed.isEmpty() && changedByOthers) {
                // Pax Web may fail to restart on what was written there and keep its port: say what to do
                LOG.warn("etc/{}.cfg: {} follow {}; put back (restart Cabinet if the web server failed meanwhile)",
                        PaxWebSettings.PID, changed, NetworkSettings.FILE);
            } else if (!changed.isEmpty()) {
                NetworkSettings settings = state.settings();
                LOG.info("Web server: {} on {}", settings.open() ? "HTTPS on port " + settings.httpsPort()
                        : "HTTP on port " + settings.httpPort(), settings.listen());
            }
        } catch (IOException | IllegalStateException e) {
            LOG.error("Cannot write the web server's settings ({}): {}", PaxWebSettings.PID, e.getMessage());
        }
    }

    private void announce(HttpsCertificates.Prepared https) {
        String origin = switch (https.origin()) {
            case MADE -> "made now";
            case KEPT -> "made here";
            case INSTALLER -> "the installer's";
        };
        String message = "HTTPS certificate (" + origin + ", " + base.relativize(keystore.certificateFile())
                + "), SHA-256 fingerprint " + https.certificate().fingerprint()
                + ": staff compare it with the one their browser shows the first time";
        LOG.info(message);
        console.println(message);
        if (https.certificate().certificate().getNotAfter().toInstant().isBefore(clock.instant())) {
            LOG.warn("{}: the installer's HTTPS certificate has expired; browsers will refuse it", NetworkSettings.FILE);
        }
    }
}
