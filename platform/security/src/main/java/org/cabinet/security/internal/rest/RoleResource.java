package org.cabinet.security.internal.rest;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.rest.CabinetRest;
import org.cabinet.api.security.AccessControl;
import org.cabinet.api.security.Permissions;
import org.cabinet.api.security.Roles;
import org.cabinet.security.internal.access.Authorizations;
import org.cabinet.security.internal.access.CallerAudit;
import org.cabinet.security.internal.users.Problems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/roles}: which role holds which permission, for administrators ({@code user:manage}). */
@Component(service = RoleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("roles")
@Produces(MediaType.APPLICATION_JSON)
public final class RoleResource {

    /** A role's permissions. */
    public record RolePermissions(Set<String> permissions) {
    }

    private final Authorizations authorizations;
    private final AccessControl access;
    private final CallerAudit audit;

    @Activate
    public RoleResource(@Reference Authorizations authorizations, @Reference AccessControl access,
            @Reference AuditLog log) {
        this.authorizations = authorizations;
        this.access = access;
        this.audit = new CallerAudit(log);
    }

    @GET
    public Map<String, Set<String>> all() {
        access.require(Permissions.USER_MANAGE);
        Map<String, Set<String>> all = new TreeMap<>();
        Roles.ALL.forEach(role -> all.put(role, new TreeSet<>(authorizations.all().getOrDefault(role, Set.of()))));
        return all;
    }

    /** Replaces a role's permissions. The administrator role always keeps {@code user:manage}. */
    @PUT
    @Path("{role}/permissions")
    @Consumes(MediaType.APPLICATION_JSON)
    public RolePermissions replace(@PathParam("role") String role, RolePermissions change) {
        access.require(Permissions.USER_MANAGE);
        if (!Roles.ALL.contains(role)) {
            throw Problems.invalid("role", "Unknown role; the roles are " + Roles.ALL + ".",
                    "Rôle inconnu ; les rôles sont " + Roles.ALL + ".");
        }
        if (UserResource.body(change).permissions() == null) {
            throw Problems.invalid("permissions", "Send the role's permissions: {\"permissions\": [\"patient:read\", ...]}.",
                    "Envoyez les permissions du rôle : {\"permissions\": [\"patient:read\", ...]}.");
        }
        for (String permission : change.permissions()) {
            if (permission == null || !Permissions.FORM.matcher(permission).matches()) {
                throw Problems.invalid("permissions", "A permission looks like domain:action, in lower case (patient:read).",
                        "Une permission a la forme domaine:action, en minuscules (patient:read).");
            }
        }
        Set<String> permissions = new TreeSet<>(change.permissions());
        if (Roles.ADMIN.equals(role) && !permissions.contains(Permissions.USER_MANAGE)) {
            throw Problems.invalid("permissions", "The administrator role keeps user:manage, or nobody could manage users.",
                    "Le rôle administrateur garde user:manage, sinon personne ne pourrait gérer les utilisateurs.");
        }
        audit.adminChange(access.caller(), "role-permissions", role);
        authorizations.replace(role, permissions);
        return new RolePermissions(permissions);
    }
}
