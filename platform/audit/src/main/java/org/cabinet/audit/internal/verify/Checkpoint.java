package org.cabinet.audit.internal.verify;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * A signed statement, written outside the database, that the audit chain reached {@code sequence} with
 * {@code hash}: a later edit of the database cannot rewrite both the chain and what its checkpoints say.
 */
public record Checkpoint(long sequence, String hash, Instant time, String node, String signature) {

    static final String HEADER = "# Cabinet audit checkpoint: the audit chain up to this sequence, signed with the "
            + "installation's key. Keep it where the database is not (a second disk, a share).\n";

    /** @return what the signature covers */
    public byte[] signedContent() {
        return ("cabinet-audit-checkpoint-v1\n" + sequence + "\n" + hash + "\n" + time + "\n" + node)
                .getBytes(StandardCharsets.UTF_8);
    }

    String text() {
        return HEADER + "sequence=" + sequence + "\nhash=" + hash + "\ntime=" + time + "\nnode=" + node + "\nsignature="
                + signature + "\n";
    }

    static String fileName(long sequence) {
        return String.format("checkpoint-%019d.txt", sequence);
    }

    /** @throws IllegalArgumentException when the text is not a checkpoint */
    static Checkpoint parse(Path file, String text) {
        Properties fields = new Properties();
        try {
            fields.load(new StringReader(text));
            return new Checkpoint(Long.parseLong(fields.getProperty("sequence")), required(fields, "hash"),
                    Instant.parse(required(fields, "time")), required(fields, "node"), required(fields, "signature"));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the checkpoint file " + file.getFileName() + " cannot be read", e);
        }
    }

    private static String required(Properties fields, String name) {
        String value = fields.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no " + name);
        }
        return value.strip();
    }
}
