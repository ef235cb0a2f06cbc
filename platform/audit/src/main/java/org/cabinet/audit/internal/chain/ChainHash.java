package org.cabinet.audit.internal.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.cabinet.api.audit.AuditEvent;

/**
 * The hash of an audit event: SHA-256 over its canonical form, which includes the previous event's hash, so
 * that altering, removing or reordering any past event breaks every hash after it.
 * <p>
 * Canonical form: the fields below, in this order, each as {@code <length>:<text>} (or {@code -:} when absent),
 * separated by a newline, in UTF-8. The length prefix makes the form unambiguous whatever a field holds.
 * <pre>
 * cabinet-audit-v1, sequence, time (microseconds since the epoch), node, actor, role, patient, action,
 * resource type, resource id, outcome, basis, client address, previous hash
 * </pre>
 */
public final class ChainHash {

    /** the "previous hash" of the first event */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "cabinet-audit-v1";

    private ChainHash() {
    }

    /** @return the time as the chain holds it: microseconds since the epoch */
    public static long micros(Instant time) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time);
    }

    public static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** @return the SHA-256 of the event's canonical form, in lower-case hex */
    public static String of(long sequence, long timeMicros, String node, AuditEvent event, String previousHash) {
        StringBuilder form = new StringBuilder(256);
        append(form, VERSION);
        append(form, Long.toString(sequence));
        append(form, Long.toString(timeMicros));
        append(form, node);
        append(form, event.actor());
        append(form, event.role());
        append(form, event.patientId());
        append(form, event.action().name());
        append(form, event.resourceType());
        append(form, event.resourceId());
        append(form, event.outcome().name());
        append(form, event.basis().name());
        append(form, event.clientAddress());
        append(form, previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(form.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static void append(StringBuilder form, String field) {
        if (form.length() > 0) {
            form.append('\n');
        }
        if (field == null) {
            form.append("-:");
        } else {
            form.append(field.length()).append(':').append(field);
        }
    }
}
