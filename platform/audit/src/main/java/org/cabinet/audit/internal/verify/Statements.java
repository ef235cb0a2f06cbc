package org.cabinet.audit.internal.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cabinet.api.crypto.Signatures;
import org.cabinet.audit.internal.archive.Anchor;
import org.cabinet.audit.internal.archive.AnchorFiles;
import org.cabinet.audit.internal.store.ChainWalk;

/**
 * The signed statements kept outside the database, each vouching for the hash of the chain at one sequence
 * number: the checkpoints, and the anchor every archiving step leaves (which also says that its segment exists).
 */
final class Statements {

    private final List<Checkpoint> checkpoints;
    private final List<Anchor> anchors;
    private final Signatures signatures;

    private Statements(List<Checkpoint> checkpoints, List<Anchor> anchors, Signatures signatures) {
        this.checkpoints = checkpoints;
        this.anchors = anchors;
        this.signatures = signatures;
    }

    /** @throws org.cabinet.audit.internal.archive.UnreadableStatementException naming a file that is no statement */
    static Statements read(Checkpoints checkpoints, AnchorFiles anchors, Signatures signatures) throws IOException {
        return new Statements(checkpoints.all(), anchors.all(), signatures);
    }

    List<Checkpoint> checkpoints() {
        return checkpoints;
    }

    /** @return the sequence numbers the statements vouch for */
    Set<Long> sequences() {
        Set<Long> sequences = new HashSet<>();
        checkpoints.forEach(checkpoint -> sequences.add(checkpoint.sequence()));
        anchors.forEach(anchor -> sequences.add(anchor.sequence()));
        return sequences;
    }

    /** @return the first statement that does not carry this installation's signature */
    Optional<Finding> unsigned() {
        Optional<Finding> checkpoint = checkpoints.stream()
                .filter(statement -> !signatures.verify(statement.signedContent(), statement.signature())).findFirst()
                .map(statement -> new Finding(statement.sequence(), Checkpoint.fileName(statement.sequence()), "the "
                        + "checkpoint at this sequence does not carry this installation's signature: it was altered or "
                        + "does not belong here"));
        return checkpoint.or(() -> anchors.stream().filter(anchor -> !anchor.isSignedBy(signatures)).findFirst()
                .map(anchor -> new Finding(anchor.sequence(), anchor.fileName(), "the anchor file does not carry this "
                        + "installation's signature: it was altered or does not belong here")));
    }

    /** @return the first anchor file whose segment the archive lacks, or which differs from it */
    Optional<Finding> anchorProblem(ChainWalk archived, Path archive) {
        for (Anchor anchor : anchors) {
            if (anchor.sequence() > archived.last()) {
                return Optional.of(new Finding(archived.last() + 1, anchor.segment(), "the anchor file "
                        + anchor.fileName() + " says that the events up to " + anchor.sequence() + " were archived, "
                        + "the last of them in " + anchor.segment() + ", but the archive in " + archive + " ends at "
                        + archived.last() + ": a segment was deleted or moved"));
            }
            if (!archived.hashAt(anchor.sequence()).orElseThrow().equals(anchor.hash())) {
                return Optional.of(new Finding(anchor.sequence(), anchor.fileName(), "the archived event differs from "
                        + "what its signed anchor says"));
            }
        }
        return Optional.empty();
    }

    /** @return the first checkpoint the chain, archived or online, does not agree with */
    Optional<Finding> checkpointProblem(ChainWalk archived, ChainWalk online) {
        for (Checkpoint checkpoint : checkpoints) {
            String file = Checkpoint.fileName(checkpoint.sequence());
            if (checkpoint.sequence() > online.last() && checkpoint.sequence() > archived.last()) {
                long end = Math.max(online.last(), archived.last());
                return Optional.of(new Finding(end + 1, file, "a signed checkpoint vouches for events up to "
                        + checkpoint.sequence() + ", the chain ends at " + end));
            }
            ChainWalk holder = checkpoint.sequence() <= archived.last() ? archived : online;
            if (!holder.hashAt(checkpoint.sequence()).equals(Optional.of(checkpoint.hash()))) {
                return Optional.of(new Finding(checkpoint.sequence(), file, "the event differs from what its signed "
                        + "checkpoint says"));
            }
        }
        return Optional.empty();
    }
}
