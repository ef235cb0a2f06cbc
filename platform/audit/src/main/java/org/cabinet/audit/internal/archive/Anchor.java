package org.cabinet.audit.internal.archive;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.cabinet.api.crypto.Signatures;
import org.cabinet.audit.internal.chain.ChainHash;

/**
 * A signed statement that the events of the chain up to {@code sequence}, the last of them with {@code hash} and
 * recorded at {@code time}, were archived (the last of them in {@code segment}), and that the chain online
 * continues after it. The current one is kept in the database; each archiving step also leaves one, as a file,
 * beside the checkpoints.
 */
public record Anchor(long sequence, String hash, Instant time, String segment, String signature) {

    /** where the chain starts while nothing is archived: it needs no signature */
    public static final Anchor NOTHING_ARCHIVED = new Anchor(0, ChainHash.GENESIS, Instant.EPOCH, "none", "none");

    private static final String HEADER = "# Cabinet audit anchor: the audit chain up to this sequence was archived "
            + "in the segment named; the chain in the database continues after it. Signed with the installation's "
            + "key.\n";
    private static final List<String> FIELDS = List.of("sequence", "hash", "time", "segment", "signature");

    /** @return the unsigned anchor after the last event of a segment */
    public static Anchor after(Segment segment) {
        return new Anchor(segment.last(), segment.lastHash(), segment.lastTime(), segment.fileName(), "");
    }

    /** @return what the signature covers */
    public byte[] signedContent() {
        return StatementText.signedContent("cabinet-audit-anchor-v1", sequence, hash, time, segment);
    }

    public Anchor signedWith(Signatures signatures) {
        return new Anchor(sequence, hash, time, segment, signatures.sign(signedContent()));
    }

    /** @return whether this is the start of the chain, or carries this installation's signature */
    public boolean isSignedBy(Signatures signatures) {
        return equals(NOTHING_ARCHIVED) || signatures.verify(signedContent(), signature);
    }

    /** @return the first instant from which no event can be archived: what reports hold is complete from it */
    public Instant completeFrom() {
        return ChainHash.instant(ChainHash.micros(time) + 1);
    }

    public String fileName() {
        return String.format("anchor-%019d.txt", sequence);
    }

    String text() {
        return StatementText.format(HEADER, "sequence", sequence, "hash", hash, "time", time, "segment", segment,
                "signature", signature);
    }

    /** @throws UnreadableStatementException when the text is no anchor */
    static Anchor parse(Path file, String text) {
        return StatementText.parse("anchor", file, text, FIELDS, fields -> new Anchor(
                Long.parseLong(fields.get("sequence")), fields.get("hash"), Instant.parse(fields.get("time")),
                fields.get("segment"), fields.get("signature")));
    }
}
