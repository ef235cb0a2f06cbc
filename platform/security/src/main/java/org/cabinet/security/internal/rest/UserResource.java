package org.cabinet.security.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cabinet.api.rest.CabinetRest;
import org.cabinet.api.security.AccessControl;
import org.cabinet.api.security.Caller;
import org.cabinet.api.security.Permissions;
import org.cabinet.security.internal.users.NewUser;
import org.cabinet.security.internal.users.Problems;
import org.cabinet.security.internal.users.UserAdministration;
import org.cabinet.security.internal.users.UserView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/users}: accounts, for administrators ({@code user:manage}). */
@Component(service = UserResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public final class UserResource {

    /** A new password. */
    public record PasswordChange(String password) {
    }

    /** The roles an account holds. */
    public record RoleChange(List<String> roles) {
    }

    private final UserAdministration users;
    private final AccessControl access;

    @Activate
    public UserResource(@Reference UserAdministration users, @Reference AccessControl access) {
        this.users = users;
        this.access = access;
    }

    @GET
    public List<UserView> list() {
        administrator();
        return users.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser user) {
        Caller by = administrator();
        UserView created = users.create(by, body(user));
        return Response.created(URI.create(CabinetRest.APPLICATION_BASE + "/users/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public UserView get(@PathParam("id") String id) {
        administrator();
        return users.get(id);
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView roles(@PathParam("id") String id, RoleChange change) {
        return users.setRoles(administrator(), id, body(change).roles());
    }

    @POST
    @Path("{id}/disable")
    public UserView disable(@PathParam("id") String id) {
        return users.disable(administrator(), id, "by-administrator");
    }

    /** Enables a disabled or frozen account: the administrator has reviewed it. */
    @POST
    @Path("{id}/enable")
    public UserView enable(@PathParam("id") String id) {
        return users.enable(administrator(), id);
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView password(@PathParam("id") String id, PasswordChange change) {
        return users.resetPassword(administrator(), id, body(change).password());
    }

    @POST
    @Path("{id}/unlock")
    public UserView unlock(@PathParam("id") String id) {
        return users.unlock(administrator(), id);
    }

    private Caller administrator() {
        access.require(Permissions.USER_MANAGE);
        return access.caller();
    }

    static <T> T body(T body) {
        if (body == null) {
            throw Problems.invalid("body", "This request needs a JSON body.", "Cette requête attend un corps JSON.");
        }
        return body;
    }
}
