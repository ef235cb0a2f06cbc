package org.cabinet.records.internal.chart;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.cabinet.api.rest.CabinetRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/patients/{patientId}/chart}: the chart as a practitioner opens it (care relationship needed). */
@Component(service = ChartResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("patients/{patientId}/chart")
@Produces(MediaType.APPLICATION_JSON)
public final class ChartResource {

    private final ChartService charts;

    @Activate
    public ChartResource(@Reference ChartService charts) {
        this.charts = charts;
    }

    @GET
    public ChartView open(@PathParam("patientId") String patientId) {
        return charts.open(patientId);
    }
}
