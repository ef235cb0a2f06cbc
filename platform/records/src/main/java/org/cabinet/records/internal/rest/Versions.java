package org.cabinet.records.internal.rest;

import java.net.URI;

import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.Response;

import org.cabinet.records.internal.guard.Conflicts;

/**
 * ETags of the clinical core: a resource's id and its version, so that a tag read on one resource never passes
 * for another's. A change needs the tag read in {@code If-Match}: 428 without it, 412 when it is stale.
 */
public final class Versions {

    private Versions() {
    }

    /** @return the strong ETag of version {@code version} of resource {@code id} */
    public static EntityTag tag(String id, long version) {
        return new EntityTag(id + "." + version);
    }

    /** @return 200 with {@code entity}, tagged with version {@code version} of resource {@code id} */
    public static Response ok(Object entity, String id, long version) {
        return Response.ok(entity).tag(tag(id, version)).build();
    }

    /** @return 201 with {@code entity} at {@code location} (relative to the request), tagged */
    public static Response created(String location, Object entity, String id, long version) {
        return Response.created(URI.create(location)).entity(entity).tag(tag(id, version)).build();
    }

    /**
     * @param ifMatch the request's {@code If-Match} header
     * @return the version the client read
     * @throws org.cabinet.api.rest.ProblemException 428 without the header, 412 when it names another resource or is
     *         not one of Cabinet's tags
     */
    public static long expected(String id, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Conflicts.versionRequired();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        String prefix = id + ".";
        if (!tag.startsWith(prefix)) {
            throw Conflicts.staleVersion();
        }
        try {
            return Long.parseLong(tag.substring(prefix.length()));
        } catch (NumberFormatException notOurs) {
            throw Conflicts.staleVersion();
        }
    }
}
