package org.cabinet.itests.exam;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;

import org.cabinet.api.rest.CabinetRest;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.ServiceRegistration;

/**
 * The core REST application stays reachable when what serves it underneath moves: its resources come and go, or its
 * web context restarts, which drops CXF's endpoints (the whiteboard still says it serves, the web server answers
 * 404) until the watchdog registers the application again.
 */
public class CoreApplicationRecoveryIT extends CabinetTestSupport {

    @Configuration
    @Override
    public Option[] config() {
        List<Option> options = new ArrayList<>(List.of(super.config()));
        options.add(editConfigurationFilePut("etc/org.cabinet.web.watchdog.cfg", "checkSeconds", "2"));
        return options.toArray(Option[]::new);
    }

    @Test
    public void servesAgainAfterItsWebContextRestarted() {
        awaitHealthy();
        ServiceRegistration<ServletContextListener> listener = registerListenerInTheApplicationsContext();
        try {
            awaitStatus("GET", "/api/health", null, Map.of(), 404);
            awaitHealthy();
        } finally {
            listener.unregister();
        }
        awaitHealthy();
    }

    @Test
    public void servesWhileCoreResourcesComeAndGo() {
        awaitHealthy();
        for (int i = 0; i < 30; i++) {
            ServiceRegistration<ProbeResource> probe = registerProbe();
            get("/api/health", Map.of());
            probe.unregister();
        }
        awaitHealthy();
    }

    /** As a module may register one; Pax Web restarts the running web context to call it. */
    private ServiceRegistration<ServletContextListener> registerListenerInTheApplicationsContext() {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.listener", Boolean.TRUE);
        properties.put("osgi.http.whiteboard.context.select",
                "(osgi.http.whiteboard.context.path=" + CabinetRest.APPLICATION_BASE + ")");
        return bundleContext.registerService(ServletContextListener.class, new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                // being called is all it is for
            }
        }, properties);
    }
}
