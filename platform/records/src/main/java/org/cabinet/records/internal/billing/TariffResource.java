package org.cabinet.records.internal.billing;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cabinet.api.rest.CabinetRest;
import org.cabinet.records.internal.guard.Conflicts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The billable acts and the dated tariff table over HTTP: {@code GET /api/billing/acts?date=} (every act billable
 * on a date, modules' included), {@code GET /api/billing/tariffs/{code}} (a code's dated history) and
 * {@code POST /api/billing/tariffs} (an administrator dates a new tariff).
 */
@Component(service = TariffResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("billing")
@Produces(MediaType.APPLICATION_JSON)
public final class TariffResource {

    private final TariffService tariffs;

    @Activate
    public TariffResource(@Reference TariffService tariffs) {
        this.tariffs = tariffs;
    }

    @GET
    @Path("acts")
    public List<Tariff> acts(@QueryParam("date") String date) {
        return tariffs.catalogue(date(date));
    }

    @GET
    @Path("tariffs/{code}")
    public List<Tariff> history(@PathParam("code") String code) {
        return tariffs.history(code);
    }

    @POST
    @Path("tariffs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(TariffRequest request) {
        Tariff added = tariffs.add(request);
        return Response.created(URI.create("billing/tariffs/" + added.code()))
                .entity(added).build();
    }

    /** @return the date {@code yyyy-mm-dd}, or {@code null} when absent */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Conflicts.invalid("date", "A date is written yyyy-mm-dd.", "Une date s'écrit aaaa-mm-jj.");
        }
    }
}
