package org.cabinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
