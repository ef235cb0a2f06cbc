package org.cabinet.web.internal;

import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the person who started Cabinet where it serves, on its console and in its log, once
 * the REST runtime and the health resource are up.
 */
@Component(immediate = true)
public final class ServingAnnouncer {

    private static final Logger LOG = LoggerFactory.getLogger(ServingAnnouncer.class);

    @Activate
    public ServingAnnouncer(@Reference(service = JaxrsServiceRuntime.class) Map<String, Object> runtime,
            @Reference HealthResource health, BundleContext context) {
        String base = endpoint(runtime.get(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT));
        String message = "Cabinet " + CabinetVersion.of(context) + " serves " + base + "api/health";
        LOG.info(message);
        System.out.println(message);
    }

    static String endpoint(Object property) {
        String first;
        if (property instanceof String[] all && all.length > 0) {
            first = all[0];
        } else if (property instanceof Iterable<?> all && all.iterator().hasNext()) {
            first = String.valueOf(all.iterator().next());
        } else if (property != null) {
            first = property.toString();
        } else {
            first = "http://127.0.0.1:8181/";
        }
        return first.endsWith("/") ? first : first + "/";
    }
}
