package org.cabinet.audit.internal.rest;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.cabinet.api.audit.Alert;
import org.cabinet.api.rest.CabinetRest;
import org.cabinet.api.security.AccessControl;
import org.cabinet.api.security.Permissions;
import org.cabinet.audit.internal.alert.AlertCenter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/alerts?days=7}: the alerts raised, newest first. For administrators. */
@Component(service = AlertResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("alerts")
public final class AlertResource {

    private final AlertCenter alerts;
    private final AccessControl access;

    @Activate
    public AlertResource(@Reference AlertCenter alerts, @Reference AccessControl access) {
        this.alerts = alerts;
        this.access = access;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Alert> recent(@QueryParam("days") @DefaultValue("7") int days) throws SQLException {
        access.require(Permissions.AUDIT_READ);
        if (days < 1 || days > 3660) {
            throw new BadRequestException("days must be between 1 and 3660");
        }
        return alerts.recent(Duration.ofDays(days), 1000);
    }
}
