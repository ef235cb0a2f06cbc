package org.cabinet.api.rest;

/**
 * Names shared by every JAX-RS resource of Cabinet, core or module.
 * <p>
 * A core resource joins the Cabinet application with
 * {@code @JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)}; a module registers its own
 * application under {@code /api/<module-id>}, selecting {@link #JSON_SELECT} and
 * {@link #PROBLEM_SELECT} as extensions so that it serves only once they are there. Error
 * mapping to {@link #PROBLEM_JSON} applies to every application, and the security headers to
 * every answer of the web server.
 *
 * @since 1.0
 */
public final class CabinetRest {

    /** Name ({@code osgi.jaxrs.name}) of the core JAX-RS application. */
    public static final String APPLICATION_NAME = "cabinet";

    /** Base path of the core JAX-RS application. */
    public static final String APPLICATION_BASE = "/api";

    /** Filter selecting the core JAX-RS application, for {@code osgi.jaxrs.application.select}. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    /** Name of the extension that reads and writes JSON for every Cabinet application. */
    public static final String JSON_EXTENSION = "cabinet.json";

    /** Name of the extension that turns every failure into {@link #PROBLEM_JSON}. */
    public static final String PROBLEM_EXTENSION = "cabinet.problems";

    /** Filter selecting the JSON extension, for {@code osgi.jaxrs.extension.select}. */
    public static final String JSON_SELECT = "(osgi.jaxrs.name=" + JSON_EXTENSION + ")";

    /** Filter selecting the problem extension, for {@code osgi.jaxrs.extension.select}. */
    public static final String PROBLEM_SELECT = "(osgi.jaxrs.name=" + PROBLEM_EXTENSION + ")";

    /** Media type of every error answer (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private CabinetRest() {
    }
}
