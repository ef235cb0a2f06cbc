package org.cabinet.security.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.security.auth.Subject;

import org.apache.felix.service.command.CommandSession;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditUnavailableException;
import org.cabinet.api.audit.RecordedEvent;
import org.junit.jupiter.api.Test;

class RemoteShellAuditTest {

    private static final AdministratorPrincipal ADMIN = new AdministratorPrincipal("u-1", "admin", "192.0.2.7");

    private final List<AuditEvent> recorded = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    @Test
    void anAdministratorsCommandLineIsRecordedByItsCommandsNames() {
        new RemoteShellAudit(this::record).beforeExecute(session(ADMIN), "cabinet:setup token admin \"Dr Martin\"; bundle:list");

        assertThat(recorded).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("u-1");
            assertThat(event.action()).isEqualTo(AuditAction.SHELL_COMMAND);
            assertThat(event.resourceId()).isEqualTo("cabinet:setup/bundle:list");
            assertThat(event.clientAddress()).isEqualTo("192.0.2.7");
        });
        assertThat(closed).isFalse();
    }

    @Test
    void theLocalConsoleIsNotRecordedHere() {
        new RemoteShellAudit(this::record).beforeExecute(session(null), "bundle:list");

        assertThat(recorded).isEmpty();
    }

    @Test
    void aCommandTheAuditLogCannotRecordEndsTheSession() {
        new RemoteShellAudit(event -> {
            throw new AuditUnavailableException("the audit log is not running", null);
        }).beforeExecute(session(ADMIN), "bundle:stop 42");

        assertThat(closed).isTrue();
    }

    private RecordedEvent record(AuditEvent event) {
        recorded.add(event);
        return new RecordedEvent(recorded.size(), Instant.now(), "node", event, "hash");
    }

    private CommandSession session(AdministratorPrincipal administrator) {
        Subject subject = administrator == null ? null
                : new Subject(true, Set.of(administrator), Set.of(), Set.of());
        Map<String, Object> variables = new HashMap<>();
        variables.put(Subject.class.getName(), subject);
        return (CommandSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { CommandSession.class },
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "get" -> variables.get((String) arguments[0]);
                    case "close" -> {
                        closed.set(true);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
