package org.cabinet.records.internal.billing;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cabinet.api.rest.CabinetRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * A practitioner's day at the till: {@code GET /api/billing/day?practitioner=&date=} as JSON, and
 * {@code GET /api/billing/day/csv?practitioner=&date=} as a CSV export (semicolon-separated, amounts in euros).
 */
@Component(service = BillingDayResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("billing/day")
public final class BillingDayResource {

    private final BillingDays days;

    @Activate
    public BillingDayResource(@Reference BillingDays days) {
        this.days = days;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public BillingDay day(@QueryParam("practitioner") String practitioner, @QueryParam("date") String date) {
        return days.day(practitioner, TariffResource.date(date));
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("practitioner") String practitioner, @QueryParam("date") String date) {
        BillingDay day = days.day(practitioner, TariffResource.date(date));
        return Response.ok(DayCsv.of(day), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"billing-" + day.date() + ".csv\"").build();
    }
}
