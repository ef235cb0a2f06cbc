package org.cabinet.web.internal.openapi;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Resources as Cabinet's bundles write them, for the document's tests. */
final class SampleResources {

    private SampleResources() {
    }

    record Line(String drug, String dosage) {
    }

    record Prescription(String id, LocalDate issued, List<Line> lines) {
    }

    @Path("prescriptions")
    @Produces(MediaType.APPLICATION_JSON)
    static final class Prescriptions {

        @GET
        public List<Prescription> list(@QueryParam("patient") String patient) {
            return List.of();
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response create(Prescription prescription) {
            return Response.ok().build();
        }

        @GET
        @Path("{id: [0-9a-f-]+}")
        public Prescription get(@PathParam("id") String id) {
            return null;
        }

        @DELETE
        @Path("{id}")
        public void delete(@PathParam("id") String id) {
        }
    }

    @Path("/")
    static final class ModuleRoot {

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String hello() {
            return "";
        }
    }

    /** A module's application that holds a resource itself, beside a provider. */
    static final class ModuleApplication extends Application {

        @Override
        public java.util.Set<Class<?>> getClasses() {
            return java.util.Set.of(ModuleRoot.class, String.class);
        }
    }
}
