package org.cabinet.persistence.internal.migration;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.Resource;
import liquibase.resource.URIResource;

import org.osgi.framework.Bundle;

/**
 * Lets Liquibase read changelogs from one bundle's own entries, and nowhere else. (Liquibase's class loader
 * accessor also looks through what a bundle's class loader can reach, and after a bundle was removed and
 * installed again it read the old bundle's changelog.)
 */
final class BundleResourceAccessor extends AbstractResourceAccessor {

    private final Bundle bundle;

    BundleResourceAccessor(Bundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public List<Resource> getAll(String path) {
        String entry = strip(path);
        URL url = bundle.getEntry(entry);
        return url == null ? List.of() : List.of(resource(entry, url));
    }

    @Override
    public List<Resource> search(String path, boolean recursive) {
        String folder = strip(path);
        List<Resource> found = new ArrayList<>();
        var entries = bundle.findEntries(folder, "*", recursive);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                if (!url.getPath().endsWith("/")) {
                    found.add(resource(strip(url.getPath()), url));
                }
            }
        }
        return found;
    }

    @Override
    public List<String> describeLocations() {
        return List.of("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion());
    }

    @Override
    public void close() {
        // nothing held
    }

    private static Resource resource(String path, URL url) {
        try {
            return new URIResource(path, url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable entry " + url, e);
        }
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
