package org.cabinet.security.internal.rest;

import java.net.URI;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cabinet.api.rest.CabinetRest;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.security.internal.http.AuthenticationFilter;
import org.cabinet.security.internal.setup.FirstAdministratorSetup;
import org.cabinet.security.internal.users.UserView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/setup}: whether the first administrator may still be created, and creating it with the setup token. */
@Component(service = SetupResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("setup")
@Produces(MediaType.APPLICATION_JSON)
public final class SetupResource {

    /** Whether setup is open. */
    public record SetupStatus(boolean open) {
    }

    /** The first administrator, and the token Cabinet printed at its last start. */
    public record SetupRequest(String token, String username, String displayName, String password) {
    }

    private final FirstAdministratorSetup setup;

    @Context
    private HttpServletRequest request;

    @Activate
    public SetupResource(@Reference FirstAdministratorSetup setup) {
        this.setup = setup;
    }

    @GET
    public SetupStatus status() {
        return new SetupStatus(setup.isOpen());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SetupRequest body) {
        if (body == null) {
            throw new ProblemException(400, "missing-body", "Send the token and the first administrator as JSON.",
                    "Envoyez le jeton et le premier administrateur en JSON.");
        }
        UserView admin = setup.createFirstAdministrator(body.token(), body.username(), body.displayName(),
                body.password(), AuthenticationFilter.clientAddress(request));
        return Response.created(URI.create(CabinetRest.APPLICATION_BASE + "/users/" + admin.id())).entity(admin).build();
    }
}
