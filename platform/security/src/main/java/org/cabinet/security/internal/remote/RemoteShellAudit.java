package org.cabinet.security.internal.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.security.auth.Subject;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.CommandSessionListener;
import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.security.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every command line an administrator runs in the remote shell before it runs: the names of its commands,
 * never their arguments, which may hold a setup token or a patient's name. Should the audit log be unable to record
 * it, the session is closed. Commands typed at the local console are not recorded here: that console is the machine
 * itself, and Cabinet's own commands audit their changes wherever they run.
 */
@Component(service = CommandSessionListener.class)
public final class RemoteShellAudit implements CommandSessionListener {

    static final String RESOURCE = "shell-command";
    private static final Logger LOG = LoggerFactory.getLogger(RemoteShellAudit.class);
    /** where Karaf's remote shell keeps the logged-in subject in each session */
    private static final String SUBJECT = Subject.class.getName();
    private static final Pattern COMMAND_NAME = Pattern.compile("[A-Za-z0-9:_.-]{1,64}");
    /** quoted text and comments, each matched from where it starts, so that a quote inside a comment is comment */
    private static final Pattern NOT_CODE = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"?|'[^']*'?|//[^\\n]*|/\\*.*?(?:\\*/|$)",
            Pattern.DOTALL);
    private static final Pattern STATEMENTS = Pattern.compile("[;|&\\n{}()]");
    /** stands for a statement that does not start with a command's name (the audit log takes identifiers only) */
    private static final String OTHER = "_";
    private static final String SEPARATOR = "/";
    /** the audit log's limit for a resource id */
    private static final int MAX_LENGTH = 128;

    private final AuditLog audit;

    @Activate
    public RemoteShellAudit(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void beforeExecute(CommandSession session, CharSequence command) {
        Optional<AdministratorPrincipal> administrator = administrator(session.get(SUBJECT));
        if (administrator.isEmpty()) {
            return;
        }
        AdministratorPrincipal who = administrator.get();
        try {
            audit.append(new AuditEvent(who.userId(), Roles.ADMIN, null, AuditAction.SHELL_COMMAND, RESOURCE,
                    commandNames(command), AuditOutcome.SUCCESS, AccessBasis.NOT_APPLICABLE, who.clientAddress()));
        } catch (RuntimeException e) {
            // the shell ignores a listener's failure and would run the line anyway: ending the session is what is left
            LOG.error("A remote shell command of administrator {} could not be audited ({}): its session is closed",
                    who.userId(), e.getMessage());
            session.close();
        }
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Exception exception) {
        // recorded before it ran
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Object result) {
        // recorded before it ran
    }

    private static Optional<AdministratorPrincipal> administrator(Object subject) {
        return subject instanceof Subject logged
                ? logged.getPrincipals(AdministratorPrincipal.class).stream().findFirst() : Optional.empty();
    }

    /**
     * @return the names of the commands a line runs, in order and joined with {@code /}: the first word of each
     *         statement, pipeline stage, closure or substitution, quoted text and comments left out; {@code _} for a
     *         statement that starts otherwise
     */
    static String commandNames(CharSequence command) {
        String line = command == null ? "" : NOT_CODE.matcher(command).replaceAll(" ");
        List<String> names = new ArrayList<>();
        for (String statement : STATEMENTS.split(line)) {
            String first = statement.strip().split("\\s+", 2)[0];
            if (!first.isEmpty()) {
                names.add(COMMAND_NAME.matcher(first).matches() ? first : OTHER);
            }
        }
        String joined = names.isEmpty() ? OTHER : String.join(SEPARATOR, names);
        return joined.length() <= MAX_LENGTH ? joined
                : joined.substring(0, joined.lastIndexOf(SEPARATOR, MAX_LENGTH - 4) + 1) + "...";
    }
}
