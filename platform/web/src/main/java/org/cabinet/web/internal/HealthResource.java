package org.cabinet.web.internal;

import java.util.Arrays;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.cabinet.api.rest.CabinetRest;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/health}: whether Cabinet serves, its version and its installed features. */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("health")
public final class HealthResource {

    /** Prefix of every feature Cabinet ships (core and specialty modules). */
    static final String FEATURE_PREFIX = "cabinet-";

    private final FeaturesService features;
    private final String version;

    @Activate
    public HealthResource(@Reference FeaturesService features, BundleContext context) {
        this.features = features;
        this.version = CabinetVersion.of(context);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Health health() throws Exception {
        return new Health("UP", version, cabinetFeatures(features.listInstalledFeatures()));
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
