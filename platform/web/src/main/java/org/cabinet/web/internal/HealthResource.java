package org.cabinet.web.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.cabinet.api.health.HealthCheck;
import org.cabinet.api.health.HealthStatus;
import org.cabinet.api.rest.CabinetRest;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/health}: whether Cabinet serves, its version, its installed features, and what every
 * {@link HealthCheck} says; 200 while nothing is down, 503 otherwise (with the same document).
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("health")
public final class HealthResource {

    /** Prefix of every feature Cabinet ships (core and specialty modules). */
    static final String FEATURE_PREFIX = "cabinet-";

    private final FeaturesService features;
    private final String version;
    private final Map<HealthCheck, String> checks = new ConcurrentHashMap<>();

    @Activate
    public HealthResource(@Reference FeaturesService features, BundleContext context) {
        this.features = features;
        this.version = CabinetVersion.of(context);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(HealthCheck check, Map<String, Object> properties) {
        checks.put(check, String.valueOf(properties.getOrDefault(HealthCheck.NAME, check.getClass().getName())));
    }

    void removeCheck(HealthCheck check) {
        checks.remove(check);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() throws Exception {
        Map<String, HealthStatus> reported = new ConcurrentHashMap<>();
        checks.forEach((check, name) -> reported.put(name, ask(check)));
        Map<String, HealthStatus> all = HealthChecks.withRequired(reported);
        String status = HealthChecks.status(all);
        Health health = new Health(status, version, cabinetFeatures(features.listInstalledFeatures()), all);
        return Response.status("DOWN".equals(status) ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK)
                .entity(health).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static HealthStatus ask(HealthCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            return HealthStatus.down("the check failed: " + e.getMessage());
        }
    }

    static List<String> cabinetFeatures(Feature[] installed) {
        return Arrays.stream(installed)
                .map(Feature::getName)
                .filter(name -> name.startsWith(FEATURE_PREFIX))
                .sorted()
                .distinct()
                .toList();
    }
}
