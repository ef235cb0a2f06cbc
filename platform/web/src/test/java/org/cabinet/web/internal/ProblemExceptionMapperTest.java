package org.cabinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.cabinet.api.audit.AuditUnavailableException;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.api.security.AccessDeniedException;
import org.cabinet.api.security.NotAuthenticatedException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

class ProblemExceptionMapperTest {

    private final ProblemExceptionMapper mapper = new ProblemExceptionMapper();

    @Test
    void webFailureKeepsItsStatusAndHeaders() {
        Response answer = mapper.toResponse(new NotAllowedException("GET"));
        assertThat(answer.getStatus()).isEqualTo(405);
        assertThat(answer.getHeaderString(HttpHeaders.ALLOW)).contains("GET");
        assertThat(answer.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(((Problem) answer.getEntity()).status()).isEqualTo(405);
    }

    @Test
    void notFoundIsA404Problem() {
        Response answer = mapper.toResponse(new NotFoundException());
        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(((Problem) answer.getEntity()).title()).isEqualTo("Introuvable");
    }

    @Test
    void malformedJsonIsABadRequest() {
        Response answer = mapper.toResponse(new JsonParseException(null, "Unexpected character"));
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(((Problem) answer.getEntity()).detail()).doesNotContain("Unexpected character");
    }

    @Test
    void aProblemAboutOneFieldNamesIt() {
        Response answer = mapper.toResponse(ProblemException.invalidField("lines[0].dosage", "Dosage missing.",
                "Posologie manquante."));
        Problem problem = (Problem) answer.getEntity();
        assertThat(problem.field()).isEqualTo("lines[0].dosage");
        assertThat(problem.reason()).isEqualTo("invalid-lines.dosage");
        assertThat(problem.detail()).isEqualTo("Posologie manquante.");
    }

    @Test
    void aJsonBodyJacksonCannotMapNamesTheFieldAndNotTheValue() {
        InvalidFormatException wrongDate = new InvalidFormatException(null, "Cannot parse \"1984-13-45\"", "1984-13-45",
                LocalDate.class);
        wrongDate.prependPath(new JsonMappingException.Reference(null, "birthDate"));
        Response answer = mapper.toResponse(wrongDate);
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getMediaType().toString()).isEqualTo("application/problem+json");
        Problem problem = (Problem) answer.getEntity();
        assertThat(problem.field()).isEqualTo("birthDate");
        assertThat(problem.reason()).isEqualTo("invalid-birthDate");
        assertThat(problem.detail()).contains("birthDate").doesNotContain("1984");
        assertThat(problem.title()).isEqualTo("Requête invalide");
    }

    @Test
    void anUnknownPropertyIsNamedEvenWhenTheRuntimeWrappedIt() {
        UnrecognizedPropertyException typo = catchThrowableOfType(UnrecognizedPropertyException.class,
                () -> new ObjectMapper().readValue("{\"titel\":\"x\"}", Problem.class));
        Response answer = mapper.toResponse(new BadRequestException(typo));
        Problem problem = (Problem) answer.getEntity();
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(problem.field()).isEqualTo("titel");
        assertThat(problem.reason()).isEqualTo("unknown-field");
    }

    @Test
    void aProblemAboutNoFieldHasNoFieldMember() {
        assertThat(((Problem) mapper.toResponse(new NotFoundException()).getEntity()).field()).isNull();
        assertThat(((Problem) mapper.toResponse(new JsonParseException(null, "Unexpected")).getEntity()).field()).isNull();
    }

    @Test
    void unexpectedFailureRevealsNothingOfItself() {
        Response answer = mapper.toResponse(new IllegalStateException("secret patient detail"));
        Problem problem = (Problem) answer.getEntity();
        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(problem.toString()).doesNotContain("secret", "IllegalStateException", "at org.");
        assertThat(problem.detail()).containsPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    }

    @Test
    void anAuditLogThatCannotRecordRefusesTheRequestWith503() {
        Response answer = mapper.toResponse(new AuditUnavailableException("disk full", null));
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(((Problem) answer.getEntity()).detail()).contains("rien n’a été modifié").doesNotContain("disk");
    }

    @Test
    void aRefusalTheClientCanActOnSaysWhyInItsLanguageWithAStableReason() {
        Response answer = mapper.toResponse(new ProblemException(400, "weak-password", "Too short.", "Trop court."));
        assertThat(answer.getStatus()).isEqualTo(400);
        Problem problem = (Problem) answer.getEntity();
        assertThat(problem.reason()).isEqualTo("weak-password");
        assertThat(problem.detail()).as("French when the client says nothing").isEqualTo("Trop court.");
        assertThat(problem.title()).isEqualTo("Requête invalide");
    }

    @Test
    void noSessionIsA401ThatNamesTheScheme() {
        Response answer = mapper.toResponse(new NotAuthenticatedException("no session"));
        assertThat(answer.getStatus()).isEqualTo(401);
        assertThat(answer.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(((Problem) answer.getEntity()).detail()).doesNotContain("no session");
    }

    @Test
    void aRefusalIsA403WithItsReason() {
        Response answer = mapper.toResponse(new AccessDeniedException("no-care-relationship", "no care relationship"));
        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(((Problem) answer.getEntity()).reason()).isEqualTo("no-care-relationship");
    }
}
