package org.cabinet.itests.store.internal;

import java.util.List;
import java.util.Map;
import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cabinet.api.rest.CabinetRest;
import org.cabinet.itests.store.TestRecordData;
import org.cabinet.itests.store.TestRecordStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/test-records}: the store over HTTP, for the process-level tests (kill -9, restart). */
@Component(service = TestRecordResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("test-records")
public final class TestRecordResource {

    private final TestRecordStore store;

    @Activate
    public TestRecordResource(@Reference TestRecordStore store) {
        this.store = store;
    }

    /** @return 201 once the record is committed */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(TestRecordData record) {
        TestRecordData stored = store.add(record);
        return Response.created(URI.create("test-records/" + stored.id())).entity(stored).build();
    }

    /** @return how many records are stored: {@code {"count": n}} */
    @GET
    @Path("count")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> count() {
        return Map.of("count", store.count());
    }

    /** @return those of the ids no record has: {@code {"missing": [...]}} (existence only, no health data) */
    @POST
    @Path("missing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, List<String>> missing(List<String> ids) {
        return Map.of("missing", store.missing(ids == null ? List.of() : ids));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public TestRecordData find(@PathParam("id") String id) {
        return store.find(id).orElseThrow(NotFoundException::new);
    }
}
