package org.cabinet.web.internal.openapi;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.cabinet.api.rest.CabinetRest;
import org.cabinet.web.internal.CabinetVersion;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/openapi.json}: the OpenAPI document of every JAX-RS resource Cabinet serves at this moment, the
 * core's and every module's, generated from the classes the JAX-RS runtime reports. Public, like
 * {@code /api/health}: it describes the API and holds no data. It is written again only when the runtime serves
 * something else.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("openapi.json")
public final class OpenApiResource {

    private record Written(List<String> fingerprint, String json) {
    }

    private final JaxrsServiceRuntime runtime;
    private final ServiceObjects services;
    private final String version;
    private final AtomicReference<Written> last = new AtomicReference<>();

    @Activate
    public OpenApiResource(@Reference JaxrsServiceRuntime runtime, BundleContext context) {
        this.runtime = runtime;
        this.services = new BundleServiceObjects(context);
        this.version = CabinetVersion.of(context);
    }

    /** @return the document, as JSON */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        RuntimeDTO served = runtime.getRuntimeDTO();
        List<String> fingerprint = ServedResources.fingerprint(served);
        Written written = last.get();
        if (written == null || !written.fingerprint().equals(fingerprint)) {
            written = new Written(fingerprint,
                    OpenApiDocument.json(OpenApiDocument.of(version, ServedResources.of(served, services))));
            last.set(written);
        }
        return written.json();
    }
}
