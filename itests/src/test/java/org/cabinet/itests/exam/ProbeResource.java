package org.cabinet.itests.exam;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * A resource the tests add to the core application, as a module would, to see how Cabinet
 * answers requests and failures that the core's own resources cannot provoke.
 */
@Path("itest")
public class ProbeResource {

    public record Note(String text, int priority) {
    }

    @POST
    @Path("echo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Note echo(Note note) {
        return note;
    }

    @GET
    @Path("fail")
    @Produces(MediaType.APPLICATION_JSON)
    public Note fail() {
        throw new IllegalStateException("patient Martin Dupont, NIR 2550814168025");
    }
}
