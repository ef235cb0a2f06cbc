package org.cabinet.web.internal;

import org.osgi.framework.BundleContext;

/** The version of the distribution, as its {@code etc/system.properties} states it. */
public final class CabinetVersion {

    static final String PROPERTY = "cabinet.version";

    private CabinetVersion() {
    }

    /** @return the distribution's version, or this bundle's when the distribution states none */
    public static String of(BundleContext context) {
        String version = context.getProperty(PROPERTY);
        return version != null && !version.isBlank() ? version : context.getBundle().getVersion().toString();
    }
}
