package org.cabinet.web.internal.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The OpenAPI 3.0 document of what Cabinet serves, written by swagger-core from the resource classes themselves:
 * paths, methods, parameters, media types and the schemas of the DTOs they exchange.
 */
final class OpenApiDocument {

    static final String TITLE = "Cabinet";

    private OpenApiDocument() {
    }

    /**
     * @param version      Cabinet's version, for {@code info.version}
     * @param applications what the JAX-RS runtime serves; each application's paths start with its base
     */
    static OpenAPI of(String version, List<ServedApplication> applications) {
        OpenAPI document = new OpenAPI()
                .info(new Info().title(TITLE).version(version)
                        .description("The REST API of this Cabinet: the core under /api and each installed module's under"
                                + " /api/<module-id>. Errors are application/problem+json (RFC 9457)."))
                .servers(List.of(new Server().url("/")));
        Reader reader = new Reader(new SwaggerConfiguration().openAPI(document));
        for (ServedApplication application : applications) {
            application.resources().stream()
                    .sorted(Comparator.comparing(Class::getName))
                    .forEach(resource -> reader.read(resource, application.base(), null, false, null, null,
                            new LinkedHashSet<>(), new ArrayList<>(), new HashSet<>()));
        }
        OpenAPI read = reader.getOpenAPI();
        read.setPaths(sorted(read.getPaths()));
        return read;
    }

    /** @return the document as JSON, as OpenAPI tools expect it (no null members) */
    static String json(OpenAPI document) {
        try {
            return Json.mapper().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document cannot be written", e);
        } finally {
            // swagger-core's mapper caches the types it met; a module's classes must not outlive the module
            Json.mapper().getTypeFactory().clearCache();
        }
    }

    private static Paths sorted(Paths paths) {
        Paths sorted = new Paths();
        if (paths != null) {
            paths.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(path -> sorted.addPathItem(path.getKey(), path.getValue()));
        }
        return sorted;
    }
}
