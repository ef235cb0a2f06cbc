package org.cabinet.audit.internal.verify;

import java.io.IOException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.cabinet.api.crypto.Signatures;
import org.cabinet.audit.internal.archive.Anchor;
import org.cabinet.audit.internal.archive.ArchiveAnchors;
import org.cabinet.audit.internal.archive.AuditFolders;
import org.cabinet.audit.internal.archive.UnreadableStatementException;
import org.cabinet.audit.internal.store.AuditRepository;
import org.cabinet.audit.internal.store.AuditRepository.Head;
import org.cabinet.audit.internal.store.ChainWalk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Walks the whole chain: the archived segments from the first event, then the events in the database from the
 * signed anchor where the archive ends; every sequence number present once and in order, every hash what the
 * event's content and its predecessor's hash give, the head where the last event is, and every signed anchor and
 * checkpoint agreeing with the chain. Names the first sequence number where any of it fails, and the file or the
 * database where it is.
 */
@Component(service = ChainVerifier.class)
public final class ChainVerifier {

    private static final int ATTEMPTS = 3;

    private final AuditRepository repository;
    private final ArchiveAnchors anchors;
    private final AuditFolders folders;
    private final Checkpoints checkpoints;
    private final Signatures signatures;

    @Activate
    public ChainVerifier(@Reference AuditRepository repository, @Reference ArchiveAnchors anchors,
            @Reference AuditFolders folders, @Reference Checkpoints checkpoints, @Reference Signatures signatures) {
        this.repository = repository;
        this.anchors = anchors;
        this.folders = folders;
        this.checkpoints = checkpoints;
        this.signatures = signatures;
    }

    public Verification verify() throws SQLException, IOException {
        for (int attempt = 1;; attempt++) {
            Anchor anchor = anchors.current();
            Verification verification = verifyFrom(anchor);
            // an archiving step may have moved the anchor while the walk read the archive and then the database
            if (verification.intact() || attempt == ATTEMPTS || anchors.current().equals(anchor)) {
                return verification;
            }
        }
    }

    private Verification verifyFrom(Anchor anchor) throws SQLException, IOException {
        Statements statements;
        try {
            statements = Statements.read(checkpoints, folders.anchorFiles(), signatures);
        } catch (UnreadableStatementException e) {
            return new Finding(null, e.file(), e.getMessage()).verification(new Finding.Walked(0, 0, 0, 0));
        }
        Set<Long> vouched = new HashSet<>(statements.sequences());
        vouched.add(anchor.sequence());
        ChainWalk archived = ChainWalk.fromStart(vouched);
        ArchiveWalk archive = new ArchiveWalk(folders.archive(), signatures);
        Optional<Finding> found = statements.unsigned().or(() -> walk(archive, archived))
                .or(() -> anchorProblem(anchor, archived))
                .or(() -> statements.anchorProblem(archived, folders.archive().path()));
        vouched.add(archived.last());
        ChainWalk online = new ChainWalk(anchor.sequence(), anchor.hash(), vouched);
        if (found.isEmpty()) {
            found = online(anchor, archived, online);
        }
        Finding.Walked walked = new Finding.Walked(archived.count() + online.count(), statements.checkpoints().size(),
                archive.segments(), archived.last());
        found = found.or(() -> statements.checkpointProblem(archived, online));
        return found.map(finding -> finding.verification(walked)).orElseGet(() -> new Verification(true, online.last(),
                null, null, null, walked.events(), walked.checkpoints(), walked.segments(), walked.archivedUpTo()));
    }

    private static Optional<Finding> walk(ArchiveWalk archive, ChainWalk archived) {
        try {
            return archive.walk(archived);
        } catch (IOException e) {
            return Optional.of(new Finding(archived.last() + 1, "archive", "the archive folder cannot be read: "
                    + e.getMessage()));
        }
    }

    /** The anchor in the database: signed, and where the archive ends (or, after a stopped run, before). */
    private Optional<Finding> anchorProblem(Anchor anchor, ChainWalk archived) {
        if (!anchor.isSignedBy(signatures)) {
            return Optional.of(new Finding(Math.min(anchor.sequence(), archived.last()) + 1, Verification.DATABASE,
                    "the archive anchor in the database does not carry this installation's signature: it was forged "
                            + "or altered"));
        }
        if (anchor.sequence() > archived.last()) {
            return Optional.of(new Finding(archived.last() + 1, anchor.segment(), "the database says that the events "
                    + "up to " + anchor.sequence() + " were archived, the last of them in " + anchor.segment()
                    + ", but the archive in " + folders.archive().path() + " ends at " + archived.last()
                    + ": a segment was deleted or moved"));
        }
        if (!archived.hashAt(anchor.sequence()).orElseThrow().equals(anchor.hash())) {
            return Optional.of(new Finding(anchor.sequence(), Verification.DATABASE, "the archive anchor in the "
                    + "database does not match the archived event at its sequence"));
        }
        return Optional.empty();
    }

    /** The events in the database: after the anchor only, continuing the chain from it, up to the head. */
    private Optional<Finding> online(Anchor anchor, ChainWalk archived, ChainWalk online) throws SQLException {
        OptionalLong lowest = repository.lowestSequence();
        if (lowest.isPresent() && lowest.getAsLong() <= anchor.sequence()) {
            return Optional.of(new Finding(lowest.getAsLong(), Verification.DATABASE, "event " + lowest.getAsLong()
                    + " is in the database although it was archived (the chain there starts after " + anchor.sequence()
                    + "): an archived event was put back"));
        }
        repository.forEach(anchor.sequence() + 1, online::visit);
        if (online.broken().isPresent()) {
            ChainWalk.Break at = online.broken().get();
            boolean behind = anchor.sequence() < archived.last() && at.sequence() == anchor.sequence() + 1;
            return Optional.of(new Finding(at.sequence(), Verification.DATABASE, behind ? "the archive anchor in the "
                    + "database (sequence " + anchor.sequence() + ") is behind the archive (up to " + archived.last()
                    + ") and the database does not continue from it: an earlier anchor was put back" : at.problem()));
        }
        if (archived.last() > anchor.sequence()
                && !online.hashAt(archived.last()).equals(Optional.of(archived.lastHash()))) {
            return Optional.of(new Finding(anchor.sequence() + 1, Verification.DATABASE, "the events still in the "
                    + "database differ from the archived segment that holds them too"));
        }
        Head head = repository.head();
        if (head.sequence() != online.last() || !head.hash().equals(online.lastHash())) {
            return Optional.of(new Finding(Math.min(head.sequence(), online.last()) + 1, Verification.DATABASE,
                    "the chain head says sequence " + head.sequence() + " but the events end at " + online.last()
                            + ": events were removed or added"));
        }
        return Optional.empty();
    }
}
