package org.cabinet.audit.internal.rest;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.RecordedEvent;
import org.cabinet.api.rest.CabinetRest;
import org.cabinet.api.security.AccessControl;
import org.cabinet.api.security.Permissions;
import org.cabinet.audit.internal.query.AccessReport;
import org.cabinet.audit.internal.query.AccessRow;
import org.cabinet.audit.internal.query.AuditQueries;
import org.cabinet.audit.internal.verify.ChainVerifier;
import org.cabinet.audit.internal.verify.Verification;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/audit}: the verifier, the per-patient access report and per-account activity, as JSON
 * ({@code {"completeFrom": ..., "rows": [...]}}), or as CSV ({@code Accept: text/csv} or {@code ?format=csv}). The
 * reports hold the events still in the database: {@code completeFrom} (and the {@value #COMPLETE_FROM} header)
 * says from when they are complete, once older events were archived. For administrators (enforced once identity
 * and access exist).
 */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CabinetRest.APPLICATION_SELECT)
@Path("audit")
public final class AuditResource {

    static final String CSV = "text/csv";
    /** response header: the instant from which an access report is complete (older events may be archived) */
    static final String COMPLETE_FROM = "Cabinet-Complete-From";

    private final AuditQueries queries;
    private final ChainVerifier verifier;
    private final AccessControl access;

    @Activate
    public AuditResource(@Reference AuditQueries queries, @Reference ChainVerifier verifier,
            @Reference AccessControl access) {
        this.queries = queries;
        this.verifier = verifier;
        this.access = access;
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    public Verification verify() throws SQLException, IOException {
        access.require(Permissions.AUDIT_READ);
        return verifier.verify();
    }

    @GET
    @Path("patients/{patient}/accesses")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    public Response patientAccesses(@PathParam("patient") String patient, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("format") @DefaultValue("") String format,
            @Context HttpHeaders headers) throws SQLException {
        access.require(Permissions.AUDIT_READ);
        return report(queries.forPatient(patient, instant("from", from), instant("to", to)), format, headers);
    }

    @GET
    @Path("users/{actor}/activity")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    public Response userActivity(@PathParam("actor") String actor, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("action") List<String> actions,
            @QueryParam("format") @DefaultValue("") String format,
            @Context HttpHeaders headers) throws SQLException {
        access.require(Permissions.AUDIT_READ);
        return report(queries.forActor(actor, instant("from", from), instant("to", to), actions(actions)), format,
                headers);
    }

    /**
     * The rows, as CSV or as JSON with the instant from which they are complete; both carry that instant in the
     * {@value #COMPLETE_FROM} header, when events were archived.
     */
    private Response report(List<RecordedEvent> events, String format, HttpHeaders headers) throws SQLException {
        AccessReport report = new AccessReport(queries.completeFrom().orElse(null),
                events.stream().map(AccessRow::of).toList());
        boolean csv = format.equalsIgnoreCase("csv") || (format.isEmpty() && headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()));
        Response.ResponseBuilder answer = csv ? Response.ok(AccessRow.csv(report.rows()), CSV + ";charset=utf-8")
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE);
        if (report.completeFrom() != null) {
            answer.header(COMPLETE_FROM, report.completeFrom().toString());
        }
        return answer.build();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant such as 2026-11-28T08:00:00Z");
        }
    }

    private static Set<AuditAction> actions(List<String> names) {
        try {
            return names.stream().flatMap(name -> Arrays.stream(name.split(","))).filter(name -> !name.isBlank())
                    .map(AuditAction::of).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("action must be one of " + Arrays.stream(AuditAction.values())
                    .map(AuditAction::id).collect(Collectors.joining(", ")));
        }
    }
}
