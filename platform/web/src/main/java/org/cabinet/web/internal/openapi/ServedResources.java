package org.cabinet.web.internal.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.ws.rs.Path;
import javax.ws.rs.core.Application;

import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * What the JAX-RS runtime serves, read from its DTOs: every application that runs (the core one, each module's,
 * the default one) with the classes of its whiteboard resources and of the resources it holds itself.
 */
final class ServedResources {

    private ServedResources() {
    }

    /** @return the applications the runtime serves, by base path, with their resource classes */
    static List<ServedApplication> of(RuntimeDTO runtime, ServiceObjects services) {
        List<ServedApplication> served = new ArrayList<>();
        for (ApplicationDTO application : applications(runtime)) {
            Set<Class<?>> resources = new LinkedHashSet<>();
            for (ResourceDTO resource : application.resourceDTOs) {
                services.read(resource.serviceId, Object::getClass).ifPresent(resources::add);
            }
            if (application.resourceMethods != null && application.resourceMethods.length > 0) {
                services.read(application.serviceId, ServedResources::ownResources).ifPresent(resources::addAll);
            }
            if (!resources.isEmpty()) {
                served.add(new ServedApplication(base(application.base), resources));
            }
        }
        return served;
    }

    /**
     * @return what identifies the runtime's state for the document: each application's service, base and
     *         resource services; equal lists mean the same document
     */
    static List<String> fingerprint(RuntimeDTO runtime) {
        return applications(runtime).stream()
                .map(application -> application.serviceId + " " + application.base + " " + Arrays.stream(application.resourceDTOs)
                        .mapToLong(resource -> resource.serviceId).sorted().boxed().toList())
                .sorted()
                .toList();
    }

    /**
     * @param base an application base as the whiteboard states it ({@code /api}, {@code api/}, {@code /api/*})
     * @return the base as a path prefix: one leading slash, no trailing one; empty for the root
     */
    static String base(String base) {
        String path = base == null ? "" : base.trim();
        if (path.endsWith("/*")) {
            path = path.substring(0, path.length() - 2);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.isEmpty() || path.startsWith("/") ? path : "/" + path;
    }

    private static List<ApplicationDTO> applications(RuntimeDTO runtime) {
        return Stream.concat(Stream.ofNullable(runtime.defaultApplication), Arrays.stream(runtime.applicationDTOs))
                .toList();
    }

    /** @return the resource classes an application holds itself rather than through the whiteboard */
    private static Set<Class<?>> ownResources(Object service) {
        if (!(service instanceof Application application)) {
            return Set.of();
        }
        Set<Class<?>> resources = new LinkedHashSet<>();
        Optional.ofNullable(application.getClasses()).ifPresent(resources::addAll);
        Optional.ofNullable(application.getSingletons()).ifPresent(singletons -> singletons.forEach(one -> resources.add(one.getClass())));
        resources.removeIf(type -> !type.isAnnotationPresent(Path.class));
        return resources;
    }
}
