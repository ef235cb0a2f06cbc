package org.cabinet.records.internal.practitioner;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cabinet.api.rest.CabinetRest;
import org.cabinet.records.internal.rest.Versions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/practitioners/{userId}/profile}: a practitioner's professional identity. The first {@code PUT}
 * creates it (201); a later one needs {@code If-Match}.
 */
@Component(service = PractitionerProfileResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("practitioners/{userId}/profile")
@Produces(MediaType.APPLICATION_JSON)
public final class PractitionerProfileResource {

    private final PractitionerProfiles profiles;

    @Activate
    public PractitionerProfileResource(@Reference PractitionerProfiles profiles) {
        this.profiles = profiles;
    }

    @GET
    public Response get(@PathParam("userId") String userId) {
        PractitionerProfile profile = profiles.get(userId);
        return Versions.ok(profile, userId, profile.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("userId") String userId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ProfileRequest request) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.expected(userId, ifMatch);
        PractitionerProfile profile = profiles.put(userId, expected, request);
        Response.ResponseBuilder answer = expected == null
                ? Response.created(URI.create("practitioners/" + userId + "/profile"))
                : Response.ok();
        return answer.entity(profile).tag(Versions.tag(userId, profile.version())).build();
    }
}
