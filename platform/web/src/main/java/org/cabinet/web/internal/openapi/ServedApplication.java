package org.cabinet.web.internal.openapi;

import java.util.Set;

/**
 * What one JAX-RS application serves, as the document describes it.
 *
 * @param base      the application's base path, such as {@code /api}; empty for the root
 * @param resources the classes of the resources it serves
 */
record ServedApplication(String base, Set<Class<?>> resources) {

    ServedApplication {
        resources = Set.copyOf(resources);
    }
}
