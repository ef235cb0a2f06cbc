package org.cabinet.web.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.cabinet.api.rest.CabinetRest;
import org.cabinet.web.internal.network.WebNetwork;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.HttpServiceRuntimeConstants;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the core REST application again when the web server does not reach it although the JAX-RS whiteboard
 * says it serves it. Pax Web can fail to set up the application's web context or servlet and say nothing (seen
 * under load at start-up), and CXF drops the application's endpoints when its servlet is restarted with its context:
 * either way {@code /api} answers 404 until Cabinet restarts, unless the application is deployed anew.
 */
@Component(immediate = true, configurationPid = "org.cabinet.web.watchdog")
@Designate(ocd = CoreApplicationWatchdogConfig.class)
public final class CoreApplicationWatchdog {

    private static final Logger LOG = LoggerFactory.getLogger(CoreApplicationWatchdog.class);

    private final JaxrsServiceRuntime jaxrs;
    private final ServiceComponentRuntime components;
    private final WebNetwork network;
    private final Bundle bundle;
    private final RepairPolicy policy;
    private final AtomicReference<String> endpoint = new AtomicReference<>();
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cabinet-core-application-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public CoreApplicationWatchdog(@Reference JaxrsServiceRuntime jaxrs, @Reference ServiceComponentRuntime components,
            @Reference WebNetwork network, BundleContext context, CoreApplicationWatchdogConfig config) {
        this.jaxrs = jaxrs;
        this.network = network;
        this.components = components;
        this.bundle = context.getBundle();
        this.policy = new RepairPolicy(config.missesBeforeRepair(), config.repairsBeforeGivingUp());
        long seconds = Math.max(1, config.checkSeconds());
        checks.scheduleWithFixedDelay(this::check, seconds, seconds, TimeUnit.SECONDS);
    }

    @Reference(name = "runtime", service = HttpServiceRuntime.class, policy = ReferencePolicy.DYNAMIC,
            updated = "runtimeChanged", unbind = "runtimeRemoved")
    void runtimeAdded(Map<String, Object> properties) {
        runtimeChanged(properties);
    }

    void runtimeChanged(Map<String, Object> properties) {
        endpoint.set(ServerProbe.endpoint(properties.get(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT)));
    }

    void runtimeRemoved(Map<String, Object> properties) {
        endpoint.set(null);
    }

    @Deactivate
    void deactivate() {
        checks.shutdownNow();
    }

    private void check() {
        try {
            String base = endpoint.get();
            if (base == null) {
                return;
            }
            String url = ServerProbe.local(base, network) + CabinetRest.APPLICATION_BASE.substring(1) + "/health";
            ServerProbe.Answer answer = ServerProbe.ask("OPTIONS", url, network.trustingServedCertificate(),
                    Duration.ofSeconds(2));
            switch (policy.afterCheck(whiteboardServesApplication(), answer)) {
                case REPAIR -> registerApplicationAgain(url, answer);
                case GIVE_UP -> LOG.error("The web server still answers {} to {} after the core REST application was registered"
                        + " again: restart Cabinet", answer.status(), url);
                case NONE -> { }
            }
        } catch (RuntimeException e) {
            LOG.debug("Checking the core REST application failed", e);
        }
    }

    private boolean whiteboardServesApplication() {
        return Arrays.stream(jaxrs.getRuntimeDTO().applicationDTOs)
                .anyMatch(application -> CabinetRest.APPLICATION_NAME.equals(application.name) && application.resourceDTOs.length > 0);
    }

    private void registerApplicationAgain(String url, ServerProbe.Answer answer) {
        ComponentDescriptionDTO application = components.getComponentDescriptionDTO(bundle, CabinetApplication.class.getName());
        if (application == null) {
            return;
        }
        LOG.warn("The JAX-RS whiteboard serves the core REST application, but the web server answers {} ({}) to {}:"
                + " registering the application again", answer.status(), answer.contentType(), url);
        components.disableComponent(application).onResolve(() -> components.enableComponent(application));
    }
}
