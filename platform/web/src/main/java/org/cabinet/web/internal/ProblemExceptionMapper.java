package org.cabinet.web.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.cabinet.api.audit.AuditUnavailableException;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.api.security.AccessDeniedException;
import org.cabinet.api.security.NotAuthenticatedException;
import org.cabinet.api.rest.CabinetRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Turns every failure of every Cabinet application into an {@code application/problem+json}
 * answer in the client's language. A JSON body that cannot be mapped names the field at fault, never its value.
 * Nothing else of the exception reaches the client: an unexpected
 * failure is logged under a reference that the answer quotes, so an administrator can find it.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(CabinetRest.PROBLEM_EXTENSION)
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
public final class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionMapper.class);

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = fieldProblem(thrown).<Throwable>map(problem -> problem).orElse(thrown);
        Locale locale = ProblemLanguage.choose(headers == null ? java.util.List.of() : headers.getAcceptableLanguages());
        String path = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        Response.ResponseBuilder answer;
        int status;
        Object argument = null;
        String reason = null;
        String detail = null;
        String field = null;
        if (failure instanceof ProblemException problem) {
            status = problem.status();
            answer = Response.status(status);
            reason = problem.reason();
            detail = problem.detail(locale);
            field = problem.field();
        } else if (failure instanceof NotAuthenticatedException) {
            status = Response.Status.UNAUTHORIZED.getStatusCode();
            answer = Response.status(status).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cabinet\"");
        } else if (failure instanceof AccessDeniedException denied) {
            status = Response.Status.FORBIDDEN.getStatusCode();
            answer = Response.status(status);
            reason = denied.reason();
        } else if (failure instanceof WebApplicationException web && web.getResponse() != null) {
            status = web.getResponse().getStatus();
            // keep what the status needs besides the body, such as Allow on a 405
            answer = Response.fromResponse(web.getResponse()).entity(null);
        } else if (failure instanceof JsonProcessingException) {
            status = Response.Status.BAD_REQUEST.getStatusCode();
            answer = Response.status(status);
        } else if (failure instanceof AuditUnavailableException) {
            // fail-closed: what could not be recorded was neither returned nor changed
            status = Response.Status.SERVICE_UNAVAILABLE.getStatusCode();
            answer = Response.status(status);
        } else {
            status = Response.Status.INTERNAL_SERVER_ERROR.getStatusCode();
            answer = Response.status(status);
        }
        if (status >= 500) {
            String reference = UUID.randomUUID().toString();
            LOG.error("Request failed, reference {}", reference, failure);
            argument = reference;
        }
        Problem problem = ProblemCatalog.problem(status, locale, path, argument);
        if (reason != null) {
            problem = problem.because(reason, detail == null ? problem.detail() : detail);
        }
        problem = problem.about(field);
        return answer
                .type(CabinetRest.PROBLEM_JSON)
                .language(locale)
                .entity(problem)
                .build();
    }

    /** @return the problem of a JSON body that names its faulty field, whether or not the runtime wrapped it */
    private static Optional<ProblemException> fieldProblem(Throwable thrown) {
        Throwable unmapped = thrown instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() == Response.Status.BAD_REQUEST.getStatusCode() ? thrown.getCause() : thrown;
        return unmapped instanceof JsonMappingException mapping ? JsonFieldProblem.of(mapping) : Optional.empty();
    }
}
