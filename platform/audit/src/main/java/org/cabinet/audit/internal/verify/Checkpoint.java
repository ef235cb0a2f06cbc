package org.cabinet.audit.internal.verify;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.cabinet.audit.internal.archive.StatementText;

/**
 * A signed statement, written outside the database, that the audit chain reached {@code sequence} with
 * {@code hash}: a later edit of the database cannot rewrite both the chain and what its checkpoints say.
 */
public record Checkpoint(long sequence, String hash, Instant time, String node, String signature) {

    static final String HEADER = "# Cabinet audit checkpoint: the audit chain up to this sequence, signed with the "
            + "installation's key. Keep it where the database is not (a second disk, a share).\n";
    private static final List<String> FIELDS = List.of("sequence", "hash", "time", "node", "signature");

    /** @return what the signature covers */
    public byte[] signedContent() {
        return StatementText.signedContent("cabinet-audit-checkpoint-v1", sequence, hash, time, node);
    }

    String text() {
        return StatementText.format(HEADER, "sequence", sequence, "hash", hash, "time", time, "node", node,
                "signature", signature);
    }

    static String fileName(long sequence) {
        return String.format("checkpoint-%019d.txt", sequence);
    }

    /** @throws org.cabinet.audit.internal.archive.UnreadableStatementException when the text is no checkpoint */
    static Checkpoint parse(Path file, String text) {
        return StatementText.parse("checkpoint", file, text, FIELDS, fields -> new Checkpoint(
                Long.parseLong(fields.get("sequence")), fields.get("hash"), Instant.parse(fields.get("time")),
                fields.get("node"), fields.get("signature")));
    }
}
