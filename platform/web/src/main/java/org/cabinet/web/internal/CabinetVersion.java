package org.cabinet.web.internal;

import org.osgi.framework.BundleContext;

/** The version of the distribution, as its {@code etc/system.properties} states it. */
final class CabinetVersion {

    static final String PROPERTY = "cabinet.version";

    private CabinetVersion() {
    }

    static String of(BundleContext context) {
        String version = context.getProperty(PROPERTY);
        return version != null && !version.isBlank() ? version : context.getBundle().getVersion().toString();
    }
}
